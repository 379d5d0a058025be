using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Midi.Playback;

/// <summary>
/// The MIDI clock's messages (<c>--clock</c>) in video time: Start, then a Timing Clock 24 times a
/// quarter note at a mapping's tempo, handed out window by window as a player reaches them.
/// </summary>
/// <remarks>
/// <para>
/// Pulse <c>k</c> is at the grid's tick <c>k × 40</c> (<see cref="MusicalTime.TicksPerQuarter"/>
/// / 24) from the start of the video: the same rounding as quantised notes, so the clock and the
/// grid never part. Start is at the first pulse's time, just before it (a receiver counts the
/// first Timing Clock after Start as its first beat); the first pulse is on a beat.
/// </para>
/// <para>
/// A new tempo (a mapping reloaded) holds from the last pulse handed out on. Allocates nothing
/// once its buffer has grown to the longest window asked for.
/// </para>
/// </remarks>
public sealed class MidiClock
{
    /// <summary>Timing Clocks a quarter note (the MIDI standard's 24 PPQN).</summary>
    public const int PulsesPerQuarter = 24;

    private const int TicksPerPulse = MusicalTime.TicksPerQuarter / PulsesPerQuarter;

    private NoteEvent[] _due = new NoteEvent[64];
    private TimeSpan _origin;
    private long _originPulse;
    private bool _started;

    /// <summary>A clock at <paramref name="time"/>'s tempo whose Start and first pulse are at pulse <paramref name="firstPulse"/> (0: the start of the video).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstPulse"/> is negative.</exception>
    public MidiClock(MusicalTime time, long firstPulse = 0)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegative(firstPulse);
        Time = time;
        NextPulse = firstPulse;
    }

    /// <summary>The tempo the next pulses follow.</summary>
    public MusicalTime Time { get; private set; }

    /// <summary>The pulse handed out next (counted from the start of the video).</summary>
    public long NextPulse { get; private set; }

    /// <summary>When the next message is due: Start and the first pulse, or the next pulse.</summary>
    public TimeSpan NextTime => TimeOfPulse(NextPulse);

    /// <summary>Whether Start has been handed out.</summary>
    public bool IsStarted => _started;

    /// <summary>The video time of pulse <paramref name="pulse"/>.</summary>
    public TimeSpan TimeOfPulse(long pulse) => _origin + Time.TimeOfTick((pulse - _originPulse) * TicksPerPulse);

    /// <summary>The first pulse on a beat (a multiple of 24) at or after <paramref name="time"/>, at <paramref name="tempo"/>.</summary>
    public static long FirstBeatPulseAtOrAfter(MusicalTime tempo, TimeSpan time)
    {
        ArgumentNullException.ThrowIfNull(tempo);
        return tempo.BeatAtOrAfter(time) * PulsesPerQuarter;
    }

    /// <summary>
    /// Every message due at or before <paramref name="until"/> not handed out yet, in time order
    /// (Start first, before the first pulse at its time). The span is this clock's and is good until
    /// the next call.
    /// </summary>
    public ReadOnlySpan<NoteEvent> Due(TimeSpan until)
    {
        var count = 0;
        while (true)
        {
            var time = TimeOfPulse(NextPulse);
            if (time > until)
            {
                break;
            }

            if (!_started)
            {
                Add(ref count, NoteEvent.Clock(time, NoteEventKind.Start));
                _started = true;
            }

            Add(ref count, NoteEvent.Clock(time, NoteEventKind.TimingClock));
            NextPulse++;
        }

        return _due.AsSpan(0, count);
    }

    /// <summary>Follows <paramref name="time"/>'s tempo from the last pulse handed out (the next pulse is one of its pulses after it).</summary>
    public void ChangeTempo(MusicalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (time.MicrosecondsPerQuarter == Time.MicrosecondsPerQuarter)
        {
            Time = time;
            return;
        }

        if (_started)
        {
            var last = NextPulse - 1;
            _origin = TimeOfPulse(last);
            _originPulse = last;
        }
        else
        {
            // Nothing handed out: the first pulse moves to where the new tempo puts it.
            _origin = TimeSpan.Zero;
            _originPulse = 0;
        }

        Time = time;
    }

    private void Add(ref int count, NoteEvent message)
    {
        if (count == _due.Length)
        {
            Array.Resize(ref _due, _due.Length * 2);
        }

        _due[count++] = message;
    }
}
