using Pix2Midi.Core.Events;

namespace Pix2Midi.Core.Music;

/// <summary>
/// The stage between the mapping engine and the outputs when a mapping quantises: note-ons move
/// to the grid, note-offs keep at least a step, arpeggio steps are placed between frames, and
/// everything comes out in time order once no later frame can make an earlier event.
/// </summary>
/// <remarks>
/// <para>The rules are decision 0022's. Every caller (render, run, live) feeds it the same way, so
/// the same frames give the same events whatever plays them.</para>
/// <para>
/// Per key (channel, note) it keeps the grid line of the open note and when the key's last note
/// ends on the schedule: a note-on whose line falls before that end joins the sounding note (no
/// second note-on; its note-off is dropped with it). Allocates nothing in steady state: the held
/// events live in an array that grows only when more are held than ever before.
/// </para>
/// </remarks>
public sealed class NoteScheduler
{
    private const int Keys = 16 * 128;
    private const long Open = long.MaxValue;

    private readonly MusicalTime _time;
    private readonly GridDivision _grid;
    private readonly bool[] _merged = new bool[Keys];
    private readonly long[] _onLine = new long[Keys];
    private readonly long[] _heldUntil = new long[Keys];
    private readonly int[] _sounding = new int[Keys];
    private Waiting[] _held = new Waiting[64];
    private NoteEvent[] _released = new NoteEvent[64];
    private int _count;
    private long _sequence;
    private long _lastReleased;
    private long _lastFrame = long.MinValue;
    private long _spacing;

    /// <summary>Prepares to schedule on <paramref name="time"/>'s grid.</summary>
    /// <exception cref="ArgumentException"><paramref name="time"/> has no grid.</exception>
    public NoteScheduler(MusicalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _grid = time.Quantize ?? throw new ArgumentException("The scheduler needs a grid to quantise to.", nameof(time));
        Reset();
    }

    /// <summary>The tempo and grid.</summary>
    public MusicalTime Time => _time;

    /// <summary>How many events are held, not yet released.</summary>
    public int Held => _count;

    /// <summary>The time of the last event released, or zero.</summary>
    public TimeSpan LastReleased => TimeSpan.FromTicks(_lastReleased);

    /// <summary>
    /// The release horizon after a frame at <paramref name="frameTime"/>: events due before it are
    /// final. Also notes the spacing of frames, so call it once per frame, before <see cref="Release"/>.
    /// </summary>
    public TimeSpan Horizon(TimeSpan frameTime)
    {
        var now = frameTime.Ticks;
        if (_lastFrame != long.MinValue && now > _lastFrame)
        {
            _spacing = now - _lastFrame;
        }

        _lastFrame = now;
        return TimeSpan.FromTicks(now + Math.Max(1, _spacing));
    }

    /// <summary>Takes one frame's events from the engine (note-offs, controllers, note-ons, programs), all stamped with the frame's time.</summary>
    public void Add(ReadOnlySpan<NoteEvent> events, TimeSpan frameTime)
    {
        foreach (var e in events)
        {
            var key = ((e.Channel & 15) * 128) + (e.Data1 & 127);
            if (e.Kind == NoteEventKind.NoteOn)
            {
                AddOn(e, key, frameTime);
            }
            else if (e.Kind == NoteEventKind.NoteOff)
            {
                AddOff(e, key, frameTime);
            }
            else
            {
                Insert(frameTime.Ticks, e);
            }
        }
    }

    /// <summary>One arpeggio step: its note-on and note-off at their own times (already on the grid).</summary>
    public void AddStep(NoteEvent on, NoteEvent off)
    {
        Insert(on.Time.Ticks, on);
        Insert(off.Time.Ticks, off);
    }

    /// <summary>The held events due before <paramref name="horizon"/>, in time order, each stamped with its time.</summary>
    /// <remarks>The span is the scheduler's own, valid until its next call.</remarks>
    public ReadOnlySpan<NoteEvent> Release(TimeSpan horizon)
    {
        var n = 0;
        while (n < _count && _held[n].Due < horizon.Ticks)
        {
            n++;
        }

        return Take(n);
    }

    /// <summary>Every held event, in time order: the end of a pass, after the engine's last note-offs went in.</summary>
    public ReadOnlySpan<NoteEvent> ReleaseEverything() => Take(_count);

    /// <summary>
    /// A stop: what is held is dropped, and every note released and not yet ended gets its note-off,
    /// stamped <paramref name="time"/> (never before the last event released). Then starts afresh.
    /// </summary>
    public ReadOnlySpan<NoteEvent> Stop(TimeSpan time)
    {
        _count = 0;
        var at = TimeSpan.FromTicks(Math.Max(time.Ticks, _lastReleased));
        var n = 0;
        for (var key = 0; key < Keys; key++)
        {
            for (; _sounding[key] > 0; _sounding[key]--)
            {
                Room(n + 1);
                _released[n++] = NoteEvent.NoteOff(at, key / 128, key % 128);
            }
        }

        Reset();
        return _released.AsSpan(0, n);
    }

    private void AddOn(NoteEvent e, int key, TimeSpan frameTime)
    {
        var line = _time.LineAtOrAfter(_grid, frameTime);
        var due = _time.LineTime(_grid, line).Ticks;
        if (_heldUntil[key] > due)
        {
            // The key still sounds there: this note joins it.
            _merged[key] = true;
            return;
        }

        _merged[key] = false;
        _onLine[key] = line;
        _heldUntil[key] = Open;
        Insert(due, e);
    }

    private void AddOff(NoteEvent e, int key, TimeSpan frameTime)
    {
        if (_merged[key])
        {
            _merged[key] = false;
            return;
        }

        if (_heldUntil[key] != Open)
        {
            // No note of this key is open on the schedule (a stop dropped it).
            return;
        }

        var line = Math.Max(_time.LineAtOrAfter(_grid, frameTime), _onLine[key] + 1);
        var due = _time.LineTime(_grid, line).Ticks;
        _heldUntil[key] = due;
        Insert(due, e);
    }

    private void Reset()
    {
        Array.Fill(_heldUntil, long.MinValue);
        Array.Clear(_merged);
        Array.Clear(_sounding);
        _count = 0;
    }

    private ReadOnlySpan<NoteEvent> Take(int n)
    {
        Room(n);
        for (var i = 0; i < n; i++)
        {
            var e = _held[i].Event with { Time = TimeSpan.FromTicks(_held[i].Due) };
            _released[i] = e;
            var key = ((e.Channel & 15) * 128) + (e.Data1 & 127);
            if (e.Kind == NoteEventKind.NoteOn)
            {
                _sounding[key]++;
            }
            else if (e.Kind == NoteEventKind.NoteOff && _sounding[key] > 0)
            {
                _sounding[key]--;
            }
        }

        if (n > 0)
        {
            _lastReleased = _held[n - 1].Due;
            Array.Copy(_held, n, _held, 0, _count - n);
            _count -= n;
        }

        return _released.AsSpan(0, n);
    }

    private void Room(int n)
    {
        if (_released.Length < n)
        {
            Array.Resize(ref _released, Math.Max(n, _released.Length * 2));
        }
    }

    private void Insert(long due, NoteEvent e)
    {
        // Never before what has gone already: a frame sooner than the last spacing cannot reorder the past.
        due = Math.Max(due, _lastReleased);
        if (_count == _held.Length)
        {
            Array.Resize(ref _held, _held.Length * 2);
        }

        var entry = new Waiting(due, Rank(e.Kind), _sequence++, e);
        var at = _count;
        while (at > 0 && entry.Before(_held[at - 1]))
        {
            _held[at] = _held[at - 1];
            at--;
        }

        _held[at] = entry;
        _count++;
    }

    /// <summary>At equal times: program changes, note-offs, controllers, note-ons (the engine's own order within a frame).</summary>
    private static int Rank(NoteEventKind kind) => kind switch
    {
        NoteEventKind.ProgramChange => 0,
        NoteEventKind.NoteOff => 1,
        NoteEventKind.ControlChange => 2,
        _ => 3,
    };

    private readonly record struct Waiting(long Due, int Rank, long Sequence, NoteEvent Event)
    {
        public bool Before(Waiting other) =>
            Due != other.Due ? Due < other.Due : Rank != other.Rank ? Rank < other.Rank : Sequence < other.Sequence;
    }
}
