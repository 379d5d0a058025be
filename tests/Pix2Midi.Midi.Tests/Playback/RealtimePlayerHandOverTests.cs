using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>
/// Each output is handed each run at its own moment (the run's due time less the output's
/// lookahead), in the order of those moments, whatever the other outputs: an output that sends at
/// once (the recording, the console, the synth) never eats the lookahead of one that schedules (JACK).
/// </summary>
public class RealtimePlayerHandOverTests
{
    private static readonly TimeSpan JackLookahead = TimeSpan.FromMilliseconds(20);

    private static long Ticks(TimeSpan time) => (long)(time.Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));

    [Fact]
    public void A_pulse_due_soon_after_a_note_reaches_the_scheduling_port_its_whole_lookahead_ahead_although_the_recording_waits_for_the_note()
    {
        // 30 fps and 100 BPM: a Timing Clock every 25 ms, so pulses fall 8.3 and 16.7 ms after frames
        // whose notes the port and the output beside it both get.
        var clock = new VirtualWaiter();
        var port = new FakeOutput("port", JackLookahead, receivesClock: true, clock: clock);
        var monitor = new FakeOutput("monitor", TimeSpan.Zero, clock: clock);
        var player = new RealtimePlayer([port, monitor], clock, new PlaybackOptions { Clock = true });
        var mapping = Sessions.OneNote() with { Time = new MusicalTime(100, null, 0) };

        var result = player.Play(() => SyntheticFrameSource.AtRate(30, 255, 0, 255, 0, 255, 0, 255, 0, 0, 0, 0, 0), mapping, null, default);

        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        // All but the end's Stop and channel resets, which go at once when the run ends.
        var played = port.Sent.Where(s => s.Message.Kind is not (NoteEventKind.Stop or NoteEventKind.ControlChange)).ToList();
        Assert.Contains(played, s => s.Message.Kind == NoteEventKind.TimingClock && s.Message.Time.Ticks % TimeSpan.FromSeconds(1.0 / 30).Ticks != 0);
        Assert.All(played, s => Assert.Equal(s.Due - Ticks(JackLookahead), s.SentAt));
        var shown = monitor.Sent.Where(s => s.Message.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff).ToList();
        Assert.All(shown, s => Assert.Equal(s.Due, s.SentAt));
        // Both get the same notes, in the same order, and the port's messages stay in time order.
        Assert.Equal(port.Sent.Select(s => s.Message).Where(m => !m.IsClock), monitor.Sent.Select(s => s.Message));
        Assert.True(port.Sent.Zip(port.Sent.Skip(1)).All(p => p.Second.Due >= p.First.Due));
        Assert.Equal(0, Sessions.OpenNotes(monitor.Sent.Select(s => s.Message)));
    }

    [Fact]
    public void Every_hand_over_comes_in_the_order_of_its_moment_across_outputs()
    {
        var clock = new VirtualWaiter();
        var port = new FakeOutput("port", JackLookahead, receivesClock: true, clock: clock);
        var other = new FakeOutput("other port", TimeSpan.FromMilliseconds(5), receivesClock: true, clock: clock);
        var monitor = new FakeOutput("monitor", TimeSpan.Zero, clock: clock);
        var player = new RealtimePlayer([monitor, other, port], clock, new PlaybackOptions { Clock = true });
        var mapping = Sessions.OneNote() with { Time = new MusicalTime(140, null, 0) };

        player.Play(() => SyntheticFrameSource.AtRate(30, 255, 0, 255, 255, 0, 255, 0, 0, 255, 0, 0), mapping, null, default);

        foreach (var (output, lookahead) in new[] { (port, JackLookahead), (other, TimeSpan.FromMilliseconds(5)), (monitor, TimeSpan.Zero) })
        {
            // All but the end's Stop and channel resets, which go at once when the run ends.
            var run = output.Sent.Where(s => s.Message.Kind is not (NoteEventKind.Stop or NoteEventKind.ControlChange)).ToList();
            Assert.NotEmpty(run);
            Assert.True(run.All(s => s.Due - Ticks(lookahead) == s.SentAt), output.Port.Name + "\n" + string.Join("\n", run.Select(s => $"{s.Message} due {s.Due} handed {s.SentAt} off {(s.SentAt - s.Due + Ticks(lookahead)) / 1e6} ms")));
        }

        Assert.Equal(port.Sent.Select(s => s.Message), other.Sent.Select(s => s.Message));
    }

    [Fact]
    public async Task While_the_analysis_is_behind_the_outputs_that_send_at_once_still_get_what_the_port_already_has()
    {
        var clock = new VirtualWaiter();
        var port = new FakeOutput("port", JackLookahead, clock: clock);
        var monitor = new FakeOutput("monitor", TimeSpan.Zero, clock: clock);
        // Frame 0 lights the note, frame 1 ends it; frame 2 is not decoded until released.
        var source = new HeldFrameSource(SyntheticFrameSource.AtRate(10, 255, 0, 0, 0), holdAt: 2);
        var player = new RealtimePlayer([port, monitor], clock);

        var play = Task.Run(() => player.Play(() => source, Sessions.OneNote(), null, default));
        var handed = SpinWait.SpinUntil(() => monitor.Messages.Count(m => m.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff) == 2, TimeSpan.FromSeconds(10));
        var portHad = port.Messages.Count(m => m.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff);
        source.Release();
        var result = await play.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, portHad);
        Assert.True(handed, "the monitor did not get the note-off the port had while the analysis was behind");
        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        Assert.Equal(port.Sent.Select(s => s.Message), monitor.Sent.Select(s => s.Message));
    }
}
