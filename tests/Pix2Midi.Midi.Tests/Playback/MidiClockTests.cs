using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>The clock's messages in video time: Start, then 24 pulses a quarter note, window by window.</summary>
public class MidiClockTests
{
    private static readonly MusicalTime At100 = new(100, null, 0);

    [Fact]
    public void Start_and_the_first_pulse_are_at_zero_then_a_pulse_every_25_ms_at_100_bpm()
    {
        var clock = new MidiClock(At100);

        var due = clock.Due(TimeSpan.FromMilliseconds(100)).ToArray();

        Assert.Equal(
            [(NoteEventKind.Start, 0.0), (NoteEventKind.TimingClock, 0), (NoteEventKind.TimingClock, 25), (NoteEventKind.TimingClock, 50), (NoteEventKind.TimingClock, 75), (NoteEventKind.TimingClock, 100)],
            due.Select(m => (m.Kind, m.Time.TotalMilliseconds)));
        Assert.All(due, m => Assert.True(m.IsClock));
        Assert.Equal(5, clock.NextPulse);
    }

    [Fact]
    public void Windows_hand_out_each_pulse_once_in_order_and_an_empty_window_nothing()
    {
        var clock = new MidiClock(At100);
        var pulses = new List<TimeSpan>();
        for (var ms = 0; ms <= 2_400; ms += 33)
        {
            foreach (var m in clock.Due(TimeSpan.FromMilliseconds(ms)))
            {
                if (m.Kind == NoteEventKind.TimingClock)
                {
                    pulses.Add(m.Time);
                }
            }

            Assert.True(clock.Due(TimeSpan.FromMilliseconds(ms)).IsEmpty);
        }

        // The last window ends at 2,376 ms: pulses 0–95, each once.
        Assert.Equal(Enumerable.Range(0, pulses.Count).Select(k => TimeSpan.FromMilliseconds(25 * k)), pulses);
        Assert.Equal(96, pulses.Count);
    }

    [Fact]
    public void Pulse_times_are_the_grid_ticks_times_40_with_the_grids_rounding()
    {
        // 130 BPM: 461,538 µs a quarter; pulses do not fall on whole 100 ns, and must match the grid exactly.
        var tempo = new MusicalTime(130, null, 0);
        var clock = new MidiClock(tempo);

        var due = clock.Due(TimeSpan.FromSeconds(10)).ToArray()[1..];

        Assert.Equal(Enumerable.Range(0, due.Length).Select(k => tempo.TimeOfTick(k * 40L)), due.Select(m => m.Time));
        Assert.Equal(TimeSpan.FromMicroseconds(461_538), due[24].Time);
    }

    [Fact]
    public void A_clock_from_a_later_beat_starts_there()
    {
        var first = MidiClock.FirstBeatPulseAtOrAfter(At100, TimeSpan.FromMilliseconds(601));
        var clock = new MidiClock(At100, first);

        var due = clock.Due(TimeSpan.FromMilliseconds(1_225)).ToArray();

        Assert.Equal(48, first);
        Assert.Equal((NoteEventKind.Start, TimeSpan.FromMilliseconds(1_200)), (due[0].Kind, due[0].Time));
        Assert.Equal([1_200.0, 1_225], due[1..].Select(m => m.Time.TotalMilliseconds));
        Assert.Equal(24, MidiClock.FirstBeatPulseAtOrAfter(At100, TimeSpan.FromMilliseconds(600)));
        Assert.Equal(0, MidiClock.FirstBeatPulseAtOrAfter(At100, TimeSpan.Zero));
    }

    [Fact]
    public void A_new_tempo_holds_from_the_last_pulse_handed_out()
    {
        var clock = new MidiClock(At100);
        _ = clock.Due(TimeSpan.FromMilliseconds(50));

        clock.ChangeTempo(new MusicalTime(120, null, 0));
        var due = clock.Due(TimeSpan.FromMilliseconds(100)).ToArray();

        // Pulse 2 at 50 ms, then every 1/48 s (20.83 ms) at 120 BPM.
        Assert.Equal(
            [TimeSpan.FromMilliseconds(50) + TimeSpan.FromTicks(208_333), TimeSpan.FromMilliseconds(50) + TimeSpan.FromTicks(416_667)],
            due.Select(m => m.Time));
        Assert.DoesNotContain(due, m => m.Kind == NoteEventKind.Start);
    }

    [Fact]
    public void A_long_window_grows_the_buffer_once_and_then_allocates_nothing()
    {
        var clock = new MidiClock(At100);
        _ = clock.Due(TimeSpan.FromSeconds(10));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var s = 11; s < 100; s++)
        {
            _ = clock.Due(TimeSpan.FromSeconds(s));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
