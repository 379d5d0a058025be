using System.Diagnostics;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>
/// What the ALSA output does with a message the sequencer cannot take now, so that sending never
/// waits and no note is left sounding.
/// </summary>
/// <remarks>
/// <para>
/// The sequencer is opened non-blocking. A direct event goes straight into each subscriber's
/// queue in the kernel; when a subscriber does not read and its queue is full, the send fails with
/// <c>-EAGAIN</c> (<c>-ENOMEM</c> while it is closing) instead of waiting.
/// </para>
/// <para>
/// Such a message is dropped and counted (<see cref="Dropped"/>), except a release: a note-off (or
/// a note-on of velocity 0), All Notes Off (CC 123) or All Sound Off (CC 120), and a program change
/// (a mapping's instrument, sent once: dropped, the channel would play the wrong sound all run). Such
/// a message is owed: kept, one per note or channel (so at most 2,096, preallocated; a newer program
/// change for a channel takes the owed one's place), and sent again, oldest first,
/// before every later message (at most <see cref="RetriesPerSend"/> at a time, stopping at the first
/// the sequencer still refuses) and by <see cref="Drain"/> at the end of the run. Until then a note-on
/// that the owed release would cut short (same note, or same channel for CC 123 and 120) is dropped
/// too, so a late note-off never ends a newer note. With several subscribers a release sent again may
/// reach some twice: a second note-off for a silent note does nothing.
/// </para>
/// <para>For one sending thread. Nothing is allocated.</para>
/// </remarks>
internal sealed class AlsaDelivery
{
    /// <summary><c>-EAGAIN</c>: a subscriber's queue is full.</summary>
    public const int Again = -11;

    /// <summary><c>-ENOMEM</c>: a subscriber's queue is closing.</summary>
    public const int NoMemory = -12;

    /// <summary>Owed releases tried again before each message, at most.</summary>
    public const int RetriesPerSend = 16;

    private const int Channels = 16;
    private const int NoteKeys = Channels * 128;
    private const int AllNotesOffKeys = NoteKeys;
    private const int AllSoundOffKeys = NoteKeys + Channels;
    private const int ProgramKeys = NoteKeys + (2 * Channels);
    private const int Keys = NoteKeys + (3 * Channels);
    private const byte AllSoundOff = 120;
    private const byte AllNotesOff = 123;

    private readonly IAlsaEventWriter _writer;
    private readonly NoteEvent[] _owed = new NoteEvent[Keys];
    private readonly long[] _owedDue = new long[Keys];
    private readonly bool[] _isOwed = new bool[Keys];
    private readonly int[] _order = new int[Keys];
    private int _first;
    private int _count;
    private long _maxLateTicks;

    /// <summary>Sends through <paramref name="writer"/>.</summary>
    public AlsaDelivery(IAlsaEventWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>Messages the sequencer took (owed releases too, once taken).</summary>
    public long Delivered { get; private set; }

    /// <summary>Messages dropped because the sequencer could not take them (and releases given up at the end).</summary>
    public long Dropped { get; private set; }

    /// <summary>Releases taken only when sent again, after their due time.</summary>
    public long Late { get; private set; }

    /// <summary>The longest a release waited to be taken.</summary>
    public TimeSpan MaxLateness => Stopwatch.GetElapsedTime(0, _maxLateTicks);

    /// <summary>Releases refused so far and not yet taken.</summary>
    public int Owed => _count;

    /// <summary>Whether the sequencer refused <paramref name="result"/> for now (rather than failing).</summary>
    public static bool IsFull(int result) => result is Again or NoMemory;

    /// <summary>Sends what is owed (a few), then <paramref name="message"/>: delivered, owed, or dropped.</summary>
    /// <param name="message">The message.</param>
    /// <param name="dueTimestamp">When it is due (a <see cref="Stopwatch"/> timestamp), to measure how late an owed one is.</param>
    /// <param name="now">The time now.</param>
    /// <returns>0, or a negative errno other than "not now": the port is gone, for the caller to report.</returns>
    public int Send(NoteEvent message, long dueTimestamp, long now)
    {
        if (_count > 0)
        {
            var retried = Retry(now, RetriesPerSend);
            if (retried < 0)
            {
                return retried;
            }
        }

        var release = OwedKey(message);
        if (release >= ProgramKeys && _isOwed[release])
        {
            // A newer instrument for the channel: it goes out in the owed one's place, which is dropped.
            _owed[release] = message;
            _owedDue[release] = dueTimestamp;
            Dropped++;
            return 0;
        }

        if (release >= 0 ? _isOwed[release] : message.Kind == NoteEventKind.NoteOn && WouldBeCut(message))
        {
            // The release owed stands for this one; a note-on it would cut short is not started.
            Dropped++;
            return 0;
        }

        var result = _writer.Write(message);
        if (result >= 0)
        {
            Delivered++;
            return 0;
        }

        if (!IsFull(result))
        {
            return result;
        }

        if (release >= 0)
        {
            Owe(release, message, dueTimestamp);
        }
        else
        {
            Dropped++;
        }

        return 0;
    }

    /// <summary>Sends owed releases, oldest first, at most <paramref name="max"/>; stops at the first the sequencer still refuses.</summary>
    /// <returns>0, or a negative errno other than "not now".</returns>
    public int Retry(long now, int max)
    {
        for (var tried = 0; tried < max && _count > 0; tried++)
        {
            var key = _order[_first];
            var result = _writer.Write(_owed[key]);
            if (result < 0)
            {
                return IsFull(result) ? 0 : result;
            }

            _isOwed[key] = false;
            _first = (_first + 1) % Keys;
            _count--;
            Delivered++;
            Late++;
            _maxLateTicks = Math.Max(_maxLateTicks, now - _owedDue[key]);
        }

        return 0;
    }

    /// <summary>Sends every owed release, trying for at most <paramref name="timeout"/>.</summary>
    /// <returns>0 (see <see cref="Owed"/> for what is left), or a negative errno other than "not now".</returns>
    public int Drain(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var result = Retry(Stopwatch.GetTimestamp(), Keys);
            if (result < 0 || _count == 0 || Stopwatch.GetTimestamp() >= deadline)
            {
                return result;
            }

            Thread.Sleep(1);
        }
    }

    /// <summary>Gives up the owed releases (the end of the run, after <see cref="Drain"/>): they count as dropped.</summary>
    /// <returns>How many there were.</returns>
    public int Abandon()
    {
        var abandoned = _count;
        for (; _count > 0; _count--)
        {
            _isOwed[_order[_first]] = false;
            _first = (_first + 1) % Keys;
        }

        Dropped += abandoned;
        return abandoned;
    }

    /// <summary>The slot of a message that is owed when refused (note-off, CC 123, CC 120, program change), or -1 for anything else.</summary>
    private static int OwedKey(NoteEvent message) => message.Kind switch
    {
        NoteEventKind.ProgramChange => ProgramKeys + (message.Channel & 0x0F),
        NoteEventKind.NoteOff => NoteKey(message),
        NoteEventKind.NoteOn when message.Data2 == 0 => NoteKey(message),
        NoteEventKind.ControlChange when message.Data1 == AllNotesOff => AllNotesOffKeys + (message.Channel & 0x0F),
        NoteEventKind.ControlChange when message.Data1 == AllSoundOff => AllSoundOffKeys + (message.Channel & 0x0F),
        _ => -1,
    };

    private static int NoteKey(NoteEvent message) => ((message.Channel & 0x0F) * 128) + (message.Data1 & 0x7F);

    /// <summary>Whether a release still owed would end this note-on once it is sent.</summary>
    private bool WouldBeCut(NoteEvent noteOn)
    {
        var channel = noteOn.Channel & 0x0F;
        return _isOwed[NoteKey(noteOn)] || _isOwed[AllNotesOffKeys + channel] || _isOwed[AllSoundOffKeys + channel];
    }

    private void Owe(int key, NoteEvent message, long dueTimestamp)
    {
        _owed[key] = message;
        _owedDue[key] = dueTimestamp;
        _isOwed[key] = true;
        _order[(_first + _count) % Keys] = key;
        _count++;
    }
}
