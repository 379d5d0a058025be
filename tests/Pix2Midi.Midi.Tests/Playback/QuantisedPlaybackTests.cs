using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>The real-time player with a mapping that quantises: each event is due at its own grid time, not its frame's.</summary>
public class QuantisedPlaybackTests
{
    private static readonly byte[] Pulse = [0, 255, 255, 0, 0, 255, 0, 0];

    /// <summary>60 BPM, quantised to 1/8: lines every 500 ms.</summary>
    private static Core.Mapping.Mapping Eighths() => Sessions.OneNote() with { Time = new MusicalTime(60, GridDivision.Find("1/8"), 0) };

    [Fact]
    public void Each_event_is_due_at_its_grid_time_and_the_pass_lasts_until_the_last_note_ends()
    {
        var output = new FakeOutput();

        var result = new RealtimePlayer([output], new InstantWaiter()).Play(() => SyntheticFrameSource.AtRate(10, Pulse), Eighths(), null, default);

        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        var notes = output.Sent.Where(s => s.Message.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff).ToList();

        // Lit at 100 ms: on at the 500 ms line; dark at 300 ms: off a step after the on, 1000 ms. Lit again
        // at 500 ms: its line, 500 ms, is still held by the first note, so it joins it: one note in all.
        Assert.Equal(
            [(NoteEventKind.NoteOn, 500), (NoteEventKind.NoteOff, 1000)],
            notes.Select(n => (n.Message.Kind, (int)n.Message.Time.TotalMilliseconds)));
        var start = notes[0].Due - (long)(0.5 * Stopwatch.Frequency);
        Assert.All(notes, n => Assert.Equal(start + (long)(n.Message.Time.TotalSeconds * Stopwatch.Frequency), n.Due, tolerance: 1));
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
    }

    [Fact]
    public void Events_of_one_slot_are_sent_at_their_own_times_not_all_at_the_frames()
    {
        var output = new FakeOutput();

        // Frames every 100 ms; the note of the frame at 100 ms is due at 500 ms: it is sent then, not at 100 ms.
        new RealtimePlayer([output], new SleepSpinWaiter()).Play(() => SyntheticFrameSource.AtRate(10, Pulse), Eighths(), null, default);

        var on = output.Sent.First(s => s.Message.Kind == NoteEventKind.NoteOn);
        Assert.True(on.SentAt >= on.Due - (long)(0.002 * Stopwatch.Frequency), "a note-on went out before its grid time");
    }

    [Fact]
    public void Looping_starts_each_pass_on_a_beat_so_the_grid_goes_on()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();
        var observer = new StopAfterTwoLoops(stop);

        // Four frames at 10 fps: 400 ms of video, whose last note ends at 1 s; the next pass starts on the next beat, 1 s.
        new RealtimePlayer([output], new InstantWaiter(), new PlaybackOptions { Loop = true }, observer).Play(() => SyntheticFrameSource.AtRate(10, 255, 255, 255, 255), Eighths(), null, stop.Token);

        var ons = output.Messages.Where(m => m.Kind == NoteEventKind.NoteOn).Select(m => m.Time).Take(2).ToList();
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1)], ons);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
    }

    private sealed class StopAfterTwoLoops(CancellationTokenSource stop) : IPlaybackObserver
    {
        public void OnFrame(in PlaybackStatus status)
        {
            if (status.Loops >= 2)
            {
                stop.Cancel();
            }
        }
    }
}
