using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>
/// <c>run --clock</c> in the player: Start, pulses at the mapping's tempo through the same
/// schedule as the notes, Stop at the end and around a pause, only to outputs that carry it.
/// </summary>
public class RealtimePlayerClockTests
{
    private static readonly TimeSpan Pulse = TimeSpan.FromMilliseconds(25); // 100 BPM

    private static Core.Mapping.Mapping At100() => Sessions.OneNote() with { Time = new MusicalTime(100, null, 0) };

    private static long Ticks(TimeSpan time) => (long)(time.Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));

    [Fact]
    public void A_port_gets_Start_then_a_pulse_every_25_ms_of_video_time_at_100_bpm_then_Stop_and_nothing_else_gets_them()
    {
        var port = new FakeOutput("port", receivesClock: true);
        var console = new FakeOutput("console");
        var recording = new RecordingOutput();
        var player = new RealtimePlayer([port, console, recording], new InstantWaiter(), new PlaybackOptions { Clock = true });

        var result = player.Play(() => SyntheticFrameSource.AtRate(10, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0), At100(), null, default);

        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        Assert.True(player.SendsClock);
        var sent = port.Sent;
        Assert.Equal(NoteEventKind.Start, sent[0].Message.Kind);
        Assert.Equal(NoteEventKind.Stop, sent[^1].Message.Kind);
        Assert.Single(sent, s => s.Message.Kind == NoteEventKind.Start);
        Assert.Single(sent, s => s.Message.Kind == NoteEventKind.Stop);
        var pulses = sent.Where(s => s.Message.Kind == NoteEventKind.TimingClock).ToList();
        // 12 frames at 10 fps: the video lasts 1.2 s; pulses 0–48 inclusive.
        Assert.Equal(Enumerable.Range(0, 49).Select(k => Pulse * k), pulses.Select(p => p.Message.Time));
        Assert.All(pulses.Zip(pulses.Skip(1)), pair => Assert.Equal(Ticks(Pulse), pair.Second.Due - pair.First.Due));
        // Notes and pulses leave in the order they are due.
        Assert.True(sent.Zip(sent.Skip(1)).All(p => p.Second.Due >= p.First.Due));
        Assert.Equal(sent[1].Due, sent.First(s => s.Message.Kind == NoteEventKind.NoteOn).Due);
        Assert.DoesNotContain(console.Messages, m => m.IsClock);
        Assert.DoesNotContain(recording.Messages, m => m.IsClock);
        Assert.Equal(console.Messages, port.Messages.Where(m => !m.IsClock));
        // The run's counts are its notes and controllers, as without the clock.
        Assert.Equal(console.Messages.Count, result.EventsSent);
        Assert.Equal(port.Sent.Count, result.Outputs[0].Sent);
    }

    [Fact]
    public void Without_clock_or_without_a_port_that_carries_it_nothing_of_the_clock_is_sent()
    {
        var port = new FakeOutput("port", receivesClock: true);
        var console = new FakeOutput("console");

        new RealtimePlayer([port], new InstantWaiter()).Play(() => SyntheticFrameSource.AtRate(10, 255, 0), At100(), null, default);
        var consoleOnly = new RealtimePlayer([console], new InstantWaiter(), new PlaybackOptions { Clock = true });
        consoleOnly.Play(() => SyntheticFrameSource.AtRate(10, 255, 0), At100(), null, default);

        Assert.DoesNotContain(port.Messages, m => m.IsClock);
        Assert.False(consoleOnly.SendsClock);
        Assert.DoesNotContain(console.Messages, m => m.IsClock);
    }

    [Fact]
    public void Pulses_go_on_across_loops_without_a_new_Start()
    {
        var port = new FakeOutput("port", receivesClock: true);
        using var stop = new CancellationTokenSource();

        new RealtimePlayer([port], new InstantWaiter(), new PlaybackOptions { Clock = true, Loop = true }, new StopAfterLoops(3, stop))
            .Play(() => SyntheticFrameSource.AtRate(10, 255, 255, 0, 0, 0), At100(), null, stop.Token);

        var messages = port.Messages;
        Assert.Single(messages, m => m.Kind == NoteEventKind.Start);
        Assert.Equal(NoteEventKind.Stop, messages[^1].Kind);
        var pulses = messages.Where(m => m.Kind == NoteEventKind.TimingClock).Select(m => m.Time).ToList();
        Assert.True(pulses[^1] >= TimeSpan.FromSeconds(1), $"last pulse {pulses[^1]}");
        Assert.Equal(Enumerable.Range(0, pulses.Count).Select(k => Pulse * k), pulses);
    }

    [Fact]
    public void A_pause_sends_Stop_after_the_note_offs_and_going_on_Continue_before_the_notes_and_the_next_pulse()
    {
        var port = new FakeOutput("port", receivesClock: true);
        using var script = new PauseScript(s => s.Frames >= 3);
        var player = new RealtimePlayer([port], new InstantWaiter(), new PlaybackOptions { Clock = true }, script);
        script.Player = player;

        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(10, 255, 255, 255, 255, 255, 0), At100(), null, default));
        script.WaitUntilPaused();
        var atPause = port.Messages;
        player.Resume();
        var result = script.Finish();

        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        Assert.Equal(NoteEventKind.Stop, atPause[^1].Kind);
        Assert.Contains(atPause, m => m.Kind == NoteEventKind.NoteOff);
        var after = port.Sent.Skip(atPause.Count).ToList();
        Assert.Equal(NoteEventKind.Continue, after[0].Message.Kind);
        Assert.Equal(NoteEventKind.NoteOn, after[1].Message.Kind);
        Assert.Single(port.Messages, m => m.Kind == NoteEventKind.Start);
        Assert.Equal(2, port.Messages.Count(m => m.Kind == NoteEventKind.Stop));
        var pulses = port.Sent.Where(s => s.Message.Kind == NoteEventKind.TimingClock).ToList();
        Assert.Equal(Enumerable.Range(0, 25).Select(k => Pulse * k), pulses.Select(p => p.Message.Time));
        // After the pause the schedule moved by the time it stood: the spacing holds on both sides of it.
        var gaps = pulses.Zip(pulses.Skip(1)).Select(p => p.Second.Due - p.First.Due).ToList();
        Assert.Equal(gaps.Count - 1, gaps.Count(g => g == Ticks(Pulse)));
        var firstAfter = port.Sent.IndexOf(after.First(s => s.Message.Kind == NoteEventKind.TimingClock));
        Assert.True(port.Sent[firstAfter].Due >= after[0].Due);
    }

    private sealed class StopAfterLoops(int loops, CancellationTokenSource stop) : IPlaybackObserver
    {
        public void OnFrame(in PlaybackStatus status)
        {
            if (status.Loops >= loops)
            {
                stop.Cancel();
            }
        }
    }
}
