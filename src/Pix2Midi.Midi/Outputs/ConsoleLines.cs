using System.Diagnostics;

namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Lines for a terminal or pipe, written by a thread of their own, so the thread that plays MIDI
/// never waits for the terminal: one that is slow, paused (Ctrl+S), closed, or a pipe nobody reads
/// (<c>pix2midi run x.mp4 | (sleep 60)</c>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Write"/> copies the line into a ring of preallocated slots and returns: the writing
/// thread takes the same lock only to copy a status line or a count, never while it writes, and
/// nothing is allocated (a line longer than any before it grows its
/// slot once). When the ring is full because the terminal is not reading, the line is dropped and
/// counted (<see cref="Dropped"/>); when the terminal reads again, one line in their place says how many it missed.
/// A terminal that fails (closed: <see cref="IOException"/>) silently ends the writing.
/// </para>
/// <para>
/// A status line (<see cref="SetStatus"/>, on <see cref="StatusWriter"/>, standard error on a
/// terminal) is one line redrawn in place with <c>\r</c>: the newest replaces one not yet drawn,
/// so it never queues and never drops. The same thread draws it (under <c>lock (StatusWriter)</c>),
/// erases it before writing lines and draws it again after them, so on a terminal lines and status
/// never overwrite each other.
/// </para>
/// <para>
/// The writing thread holds the writer's own lock (<c>lock (writer)</c>, the lock of
/// <see cref="TextWriter.Synchronized"/> and of <see cref="Console.Out"/>) while it writes a batch,
/// so other threads that write to the same writer the same way are never interleaved mid-line.
/// </para>
/// </remarks>
public sealed class ConsoleLines : IDisposable
{
    /// <summary>Lines the ring holds before it drops.</summary>
    public const int Capacity = 1024;

    private const int SlotLength = 80;
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly char[][] _slots = new char[Capacity][];
    private readonly int[] _lengths = new int[Capacity];
    private readonly long[] _droppedBefore = new long[Capacity];
    private readonly Lock _produce = new();
    private readonly ManualResetEventSlim _wake = new();
    private readonly Thread _thread;
    private long _head;
    private long _tail;
    private long _dropped;
    private long _pendingDrops;
    private volatile bool _broken;
    private volatile bool _stopping;
    private bool _disposed;

    // The status line: set under _produce by the playing thread, drawn by the writing thread.
    private TextWriter? _statusWriter;
    private char[] _status = new char[SlotLength * 2];
    private int _statusLength;
    private long _statusVersion;
    private volatile bool _statusBroken;

    // What the writing thread last drew (its own copies).
    private char[] _drawn = new char[SlotLength * 2];
    private char[] _blanks = [.. Enumerable.Repeat(' ', SlotLength * 2)];
    private int _drawnLength;
    private long _drawnVersion;

    /// <summary>Starts the writing thread.</summary>
    public ConsoleLines(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        for (var i = 0; i < Capacity; i++)
        {
            _slots[i] = new char[SlotLength];
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "Pix2Midi console" };
        _thread.Start();
    }

    /// <summary>
    /// Where <see cref="SetStatus"/> draws the status line (standard error on a terminal); null (the
    /// default) for none. Set it before the first <see cref="SetStatus"/>.
    /// </summary>
    public TextWriter? StatusWriter
    {
        get => Volatile.Read(ref _statusWriter);
        set => Volatile.Write(ref _statusWriter, value);
    }

    /// <summary>Lines dropped so far because the terminal was not reading (or had gone).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues <paramref name="line"/> (without its newline); never waits for the terminal.</summary>
    /// <returns>Whether it was queued; false when it was dropped.</returns>
    public bool Write(ReadOnlySpan<char> line)
    {
        lock (_produce)
        {
            var head = _head;
            if (_broken || _stopping || head - Volatile.Read(ref _tail) >= Capacity)
            {
                Interlocked.Increment(ref _dropped);
                _pendingDrops++;
                return false;
            }

            var index = (int)(head % Capacity);
            if (_slots[index].Length < line.Length)
            {
                _slots[index] = new char[line.Length];
            }

            line.CopyTo(_slots[index]);
            _lengths[index] = line.Length;
            _droppedBefore[index] = _pendingDrops;
            _pendingDrops = 0;
            Volatile.Write(ref _head, head + 1);
        }

        _wake.Set();
        return true;
    }

    /// <summary>
    /// Makes <paramref name="status"/> the status line; never waits for the terminal and allocates
    /// nothing (a status longer than any before grows its buffer once). A status not yet drawn is
    /// replaced: only the newest is drawn.
    /// </summary>
    public void SetStatus(ReadOnlySpan<char> status)
    {
        if (_statusBroken || _stopping)
        {
            return;
        }

        lock (_produce)
        {
            if (_status.Length < status.Length)
            {
                _status = new char[status.Length];
            }

            status.CopyTo(_status);
            _statusLength = status.Length;
            _statusVersion++;
        }

        _wake.Set();
    }

    /// <summary>
    /// Erases the status line, waiting at most <paramref name="timeout"/> for the terminal (so what
    /// is written next starts on a clean line). Call it from a thread that may wait, not the one that plays.
    /// </summary>
    /// <returns>Whether it was erased (or there was none).</returns>
    public bool ClearStatus(TimeSpan timeout)
    {
        long target;
        lock (_produce)
        {
            _statusLength = 0;
            target = ++_statusVersion;
        }

        _wake.Set();
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Volatile.Read(ref _drawnVersion) < target && !_statusBroken && StatusWriter is not null)
        {
            if (Stopwatch.GetTimestamp() >= deadline || !_thread.IsAlive)
            {
                return false;
            }

            Thread.Sleep(1);
        }

        return true;
    }

    /// <summary>Waits until every line queued so far has been written, or <paramref name="timeout"/> passes.</summary>
    /// <returns>Whether they were all written.</returns>
    public bool Flush(TimeSpan timeout)
    {
        var target = Volatile.Read(ref _head);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Volatile.Read(ref _tail) < target && !_broken)
        {
            if (Stopwatch.GetTimestamp() >= deadline)
            {
                return false;
            }

            _wake.Set();
            Thread.Sleep(1);
        }

        return true;
    }

    /// <summary>Writes what is queued (waiting at most a second for the terminal), then stops the writing thread.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var flushed = Flush(TimeSpan.FromSeconds(1));
        _stopping = true;
        _wake.Set();

        // A thread blocked on a terminal that never reads is left behind: it is a background thread.
        _thread.Join(flushed ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);
    }

    private void Run()
    {
        while (true)
        {
            _wake.Wait(IdleWait);
            _wake.Reset();
            var head = Volatile.Read(ref _head);
            var tail = _tail;
            var trailing = _stopping && tail == head ? TakeTrailingDrops() : 0;
            var redraw = false;
            if (!_broken && (tail < head || trailing > 0))
            {
                // The status line (on the same terminal, most often) steps aside for the lines, then comes back below them.
                redraw = _drawnLength > 0;
                EraseStatus();
                try
                {
                    lock (_writer)
                    {
                        for (; tail < head; tail++)
                        {
                            var index = (int)(tail % Capacity);
                            ReportDropped(_droppedBefore[index]);
                            _writer.Write(_slots[index], 0, _lengths[index]);
                            _writer.Write('\n');
                        }

                        ReportDropped(trailing);
                        _writer.Flush();
                    }
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
                {
                    // The terminal went away: everything from here on is dropped.
                    _broken = true;
                    Interlocked.Add(ref _dropped, head - tail);
                    tail = head;
                }

                Volatile.Write(ref _tail, tail);
            }

            if (_stopping && Volatile.Read(ref _tail) >= Volatile.Read(ref _head))
            {
                EraseStatus();
                return;
            }

            if (redraw || Volatile.Read(ref _statusVersion) != _drawnVersion)
            {
                DrawStatus();
            }
        }
    }

    /// <summary>Draws the newest status (or erases it, when it was cleared) over the one on screen.</summary>
    private void DrawStatus()
    {
        int length;
        long version;
        lock (_produce)
        {
            length = _statusLength;
            version = _statusVersion;
            if (_drawn.Length < length)
            {
                _drawn = new char[_status.Length];
            }

            _status.AsSpan(0, length).CopyTo(_drawn);
        }

        var writer = StatusWriter;
        if (writer is not null && !_statusBroken && (length > 0 || _drawnLength > 0))
        {
            // Padded with blanks over the rest of a longer status before it.
            var blanks = Math.Max(0, _drawnLength - length);
            TryDrawStatus(writer, _drawn, length, blanks, returnAfter: length == 0);
            _drawnLength = length;
        }

        Volatile.Write(ref _drawnVersion, version);
    }

    /// <summary>Blanks the status line on screen, if one is drawn, leaving the cursor at its start.</summary>
    private void EraseStatus()
    {
        if (_drawnLength > 0 && StatusWriter is { } writer && !_statusBroken)
        {
            TryDrawStatus(writer, _drawn, 0, _drawnLength, returnAfter: true);
        }

        _drawnLength = 0;
    }

    private void TryDrawStatus(TextWriter writer, char[] text, int length, int blanks, bool returnAfter)
    {
        if (_blanks.Length < blanks)
        {
            _blanks = new char[blanks];
            _blanks.AsSpan().Fill(' ');
        }

        try
        {
            lock (writer)
            {
                writer.Write('\r');
                writer.Write(text, 0, length);
                writer.Write(_blanks, 0, blanks);
                if (returnAfter)
                {
                    writer.Write('\r');
                }

                writer.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            // The terminal went away: no more status lines.
            _statusBroken = true;
        }
    }

    /// <summary>Lines dropped after the last one queued: said once everything else is written.</summary>
    private long TakeTrailingDrops()
    {
        lock (_produce)
        {
            var drops = _pendingDrops;
            _pendingDrops = 0;
            return drops;
        }
    }

    /// <summary>In place of lines that were dropped, one line says how many.</summary>
    private void ReportDropped(long count)
    {
        if (count == 0)
        {
            return;
        }

        _writer.Write("  … ");
        _writer.Write(count);
        _writer.Write(" lines not shown: the terminal was not reading them\n");
    }
}
