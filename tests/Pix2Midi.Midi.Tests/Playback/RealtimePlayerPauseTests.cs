using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>
/// Space in <c>run --preview</c>: <see cref="RealtimePlayer.Pause"/> silences at once, sends nothing
/// while paused, and going on keeps every later frame's spacing (checked on the due times the
/// outputs were handed, not on the wall clock, except where a real clock is the point).
/// </summary>
public class RealtimePlayerPauseTests
{
    /// <summary>Stopwatch ticks: due times are computed exactly from the start and the frame time.</summary>
    private const long Tolerance = 1;

    private static long Ticks(TimeSpan time) => (long)(time.Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));

    private static RealtimePlayer Player(PauseScript script, IPreciseWaiter? waiter, PlaybackOptions? options, params IMidiOutput[] outputs)
    {
        var player = new RealtimePlayer(outputs, waiter ?? new InstantWaiter(), options, script);
        script.Player = player;
        return player;
    }

    [Fact]
    public void Notes_sounding_at_the_pause_get_their_note_offs_and_nothing_is_sent_while_paused()
    {
        var output = new FakeOutput();
        using var script = new PauseScript(s => s.Frames >= 3);
        var player = Player(script, null, null, output);
        var levels = Enumerable.Repeat((byte)255, 10).Concat(Enumerable.Repeat((byte)0, 2)).ToArray();

        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(10, levels), Sessions.OneNote(), null, default));
        script.WaitUntilPaused();
        var atPause = output.Messages;
        Thread.Sleep(300);
        var afterWaiting = output.Messages;
        Assert.True(player.IsPaused);
        player.Resume();
        var result = script.Finish();

        // Stopped after the third frame (0.2 s): the note that started at 0 ends there, then the channel is reset.
        Assert.Equal(TimeSpan.FromMilliseconds(200), script.StoppedAt);
        Assert.Equal(
            [(NoteEventKind.NoteOn, 60, 0), (NoteEventKind.NoteOff, 60, 200), (NoteEventKind.ControlChange, 123, 200), (NoteEventKind.ControlChange, 120, 200)],
            atPause.Select(m => (m.Kind, (int)m.Data1, (int)m.Time.TotalMilliseconds)));
        Assert.Equal(0, Sessions.OpenNotes(atPause));
        Assert.Equal(atPause, afterWaiting);

        // Going on: the note the picture still plays sounds again, and the video ends as it would have.
        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        Assert.Equal(
            [(NoteEventKind.NoteOn, 60, 200), (NoteEventKind.NoteOff, 60, 1000), (NoteEventKind.ControlChange, 123, 1200), (NoteEventKind.ControlChange, 120, 1200)],
            output.Messages.Skip(atPause.Count).Select(m => (m.Kind, (int)m.Data1, (int)m.Time.TotalMilliseconds)));
        Assert.Equal(atPause[0].Data2, output.Messages[atPause.Count].Data2);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
        Assert.Equal((12, 1, 0L), (result.Frames, result.Pauses, result.Dropped));
        Assert.True(result.Paused >= TimeSpan.FromMilliseconds(300), $"paused {result.Paused}");
        Assert.Equal(script.StoodFor, result.Paused);
    }

    [Fact]
    public void The_note_offs_go_out_when_the_pause_is_asked_for_not_at_the_next_frame()
    {
        var output = new FakeOutput();
        using var script = new PauseScript(s => s.Frames >= 2);
        var player = Player(script, new SleepSpinWaiter(), null, output);

        // Two frames a second: the next frame is due half a second after the pause is asked for.
        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(2, 255, 255, 255, 0), Sessions.OneNote(), null, default));
        script.WaitUntilPaused();
        var sent = output.Sent.ToList();
        player.Resume();
        script.Finish();

        var on = sent[0];
        var off = Assert.Single(sent, s => s.Message.Kind == NoteEventKind.NoteOff);
        var nextFrameDue = on.Due + Ticks(TimeSpan.FromSeconds(1));
        Assert.True(off.SentAt < nextFrameDue, "the note-off waited for the next frame");
        Assert.True(off.Due <= off.SentAt, "an output that sends at once gets the note-off due now");
    }

    [Fact]
    public void After_going_on_every_frame_keeps_its_spacing_none_is_late_or_dropped_and_outputs_that_schedule_get_nothing_in_the_past()
    {
        var scheduled = new FakeOutput("jack-like", lookahead: TimeSpan.FromMilliseconds(40));
        var immediate = new FakeOutput("winmm-like");
        using var script = new PauseScript(s => s.Frames >= 6);
        // Longer than the queue: the analysis thread decodes frames after the pause too, and must not call them late.
        var player = Player(script, new SleepSpinWaiter(), null, scheduled, immediate);
        var levels = Enumerable.Range(0, 40).Select(i => (byte)(i % 4 < 2 ? 255 : 0)).ToArray();
        var pause = TimeSpan.FromMilliseconds(800);

        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(20, levels), Sessions.OneNote(), null, default));
        script.WaitUntilPaused();
        Thread.Sleep(pause);
        var resumeAskedAt = Stopwatch.GetTimestamp();
        player.Resume();
        var result = script.Finish();

        Assert.Equal((PlaybackStopReason.Ended, 40L, 0L), (result.Reason, result.Frames, result.Dropped));
        Assert.True(result.Paused >= pause, $"paused {result.Paused}");
        Assert.True(result.LatenessMax < pause / 2, $"hand-over lateness up to {result.LatenessMax.TotalMilliseconds} ms: the pause was counted");
        foreach (var output in new[] { scheduled, immediate })
        {
            var sent = output.Sent.ToList();
            var reset = sent.FindIndex(s => s.Message.Kind == NoteEventKind.ControlChange);
            var before = sent.Take(reset - 1).ToList();
            var pauseOff = sent[reset - 1];
            var again = sent[reset + 2];
            var after = sent.Skip(reset + 3).Where(s => s.Message.Kind != NoteEventKind.ControlChange).ToList();

            // Frame 4 (0.2 s) started a note; the pause (after frame 5) ended it and going on sounds it again.
            Assert.Equal((NoteEventKind.NoteOff, NoteEventKind.NoteOn), (pauseOff.Message.Kind, again.Message.Kind));
            Assert.Equal(pauseOff.Message.Time, again.Message.Time);

            // Every frame's events are due at start + their time before the pause, at start + their time + the pause after it.
            var start = before[0].Due - Ticks(before[0].Message.Time);
            Assert.All(before, s => Assert.Equal(start + Ticks(s.Message.Time), s.Due, Tolerance));
            Assert.Equal(17, after.Count);
            var stood = after[0].Due - (start + Ticks(after[0].Message.Time));
            Assert.True(Stopwatch.GetElapsedTime(0, stood) == result.Paused, $"{output.Port.Name}: moved by {stood} ticks, paused {result.Paused.Ticks}; sent {string.Join(" | ", sent.Select(x => $"{x.Message.Kind}@{x.Message.Time.TotalMilliseconds}:{x.Due - start}"))}");
            Assert.All(after, s => Assert.Equal(start + Ticks(s.Message.Time) + stood, s.Due, Tolerance));

            // Nothing handed over is due before something handed over earlier: no note-on can land after its note-off.
            Assert.All(sent.Zip(sent.Skip(1)), p => Assert.True(p.Second.Due >= p.First.Due, $"{p.Second.Message} due before {p.First.Message}"));
            Assert.Equal(0, Sessions.OpenNotes(output.Messages));
        }

        // The output that schedules gets the pause's messages and the notes again due no sooner than
        // its lookahead after they were asked for: never for a moment already gone.
        var lead = Ticks(scheduled.Lookahead);
        var silenced = scheduled.Sent.FindIndex(s => s.Message.Kind == NoteEventKind.ControlChange);
        Assert.All(scheduled.Sent.Skip(silenced - 1).Take(3), s => Assert.True(s.Due >= script.AskedAt + lead, $"{s.Message} due before the pause was asked for"));
        Assert.True(scheduled.Sent[silenced + 2].Due >= resumeAskedAt + lead, "the note sounding again is due before going on was asked for");
        Assert.Equal(scheduled.Messages, immediate.Messages);
    }

    [Fact]
    public void Stopping_while_paused_ends_the_run_at_once_with_every_note_stopped()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();
        using var script = new PauseScript(s => s.Frames >= 3);
        var player = Player(script, null, null, output);
        var levels = Enumerable.Repeat((byte)255, 200).ToArray();

        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(100, levels), Sessions.OneNote(), null, stop.Token));
        script.WaitUntilPaused();
        var clock = Stopwatch.StartNew();
        stop.Cancel();
        var result = script.Finish();

        Assert.Equal((PlaybackStopReason.Cancelled, 3L), (result.Reason, result.Frames));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed} to stop");
        Assert.False(script.Resumed);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
        Assert.Equal(NoteEventKind.NoteOff, output.Messages.Last(m => m.Kind != NoteEventKind.ControlChange).Kind);
        Assert.Equal([123, 120], output.Messages.TakeLast(2).Select(m => (int)m.Data1));
        Assert.Equal(1, result.Pauses);
        Assert.True(result.Paused > TimeSpan.Zero);
    }

    [Fact]
    public void Paused_before_it_starts_it_sends_nothing_until_it_goes_on_and_then_plays_as_usual()
    {
        var output = new FakeOutput();
        using var script = new PauseScript(_ => false);
        var player = Player(script, null, null, output);
        player.Pause();

        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(10, 0, 255, 255, 0), Sessions.OneNote(), null, default));
        Thread.Sleep(300);
        Assert.Empty(output.Sent);
        player.Resume();
        var result = script.Finish();

        Assert.Equal((PlaybackStopReason.Ended, 4L, 1), (result.Reason, result.Frames, result.Pauses));
        Assert.Equal(
            [(NoteEventKind.NoteOn, 100), (NoteEventKind.NoteOff, 300)],
            output.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Select(m => (m.Kind, (int)m.Time.TotalMilliseconds)));
    }

    [Fact]
    public void Looping_goes_on_across_a_pause_with_every_pass_shifted_by_it()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();
        // Paused in the second pass, after frame 6 (0.6 s); stopped after the third pass.
        using var script = new PauseScript(s => s.Frames >= 7);
        var player = new RealtimePlayer([output], new InstantWaiter(), new PlaybackOptions { Loop = true }, new StopAfterLoops(3, stop, script));
        script.Player = player;

        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(10, 255, 255, 255, 255), Sessions.OneNote(), null, stop.Token));
        script.WaitUntilPaused();
        Thread.Sleep(100);
        player.Resume();
        var result = script.Finish();

        Assert.True(result.Loops >= 3, $"{result.Loops} loops");
        Assert.Equal(TimeSpan.FromMilliseconds(600), script.StoppedAt);
        var notes = output.Sent.Where(s => s.Message.Kind != NoteEventKind.ControlChange).ToList();
        Assert.Equal(
            [(NoteEventKind.NoteOn, 0), (NoteEventKind.NoteOff, 400), (NoteEventKind.NoteOn, 400), (NoteEventKind.NoteOff, 600), (NoteEventKind.NoteOn, 600), (NoteEventKind.NoteOff, 800), (NoteEventKind.NoteOn, 800)],
            notes.Take(7).Select(s => (s.Message.Kind, (int)s.Message.Time.TotalMilliseconds)));
        var start = notes[0].Due;
        Assert.Equal(start + Ticks(TimeSpan.FromMilliseconds(400)), notes[2].Due, Tolerance);
        var stood = notes[6].Due - (start + Ticks(TimeSpan.FromMilliseconds(800)));
        Assert.Equal(result.Paused, Stopwatch.GetElapsedTime(0, stood));
        Assert.Equal(notes[6].Due, notes[5].Due);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
    }

    [Fact]
    public void A_recording_has_the_pause_removed_the_same_messages_at_the_same_video_times_plus_the_silence_and_the_notes_again()
    {
        var levels = Enumerable.Range(0, 40).Select(i => (byte)(i % 8 < 5 ? 255 : 0)).ToArray();
        var plain = new RecordingOutput();
        new RealtimePlayer([plain], new InstantWaiter()).Play(() => SyntheticFrameSource.AtRate(30, levels), Sessions.OneNote(), null, default);
        var recording = new RecordingOutput();
        using var script = new PauseScript(s => s.Frames >= 11);
        var player = Player(script, null, null, recording);

        script.Start(() => player.Play(() => SyntheticFrameSource.AtRate(30, levels), Sessions.OneNote(), null, default));
        script.WaitUntilPaused();
        player.Resume();
        script.Finish();

        // Paused after frame 10, while the note of frame 8 sounds: off, resets and the note again, all at frame 10's time.
        var at = TimeSpan.FromTicks((long)Math.Round(10 * TimeSpan.TicksPerSecond / 30.0));
        var inserted = new[] { NoteEvent.NoteOff(at, 0, 60), NoteEvent.ControlChange(at, 0, 123, 0), NoteEvent.ControlChange(at, 0, 120, 0), NoteEvent.NoteOn(at, 0, 60, plain.Messages[0].Data2) };
        var split = plain.Messages.Count(m => m.Time <= at);
        Assert.Equal([.. plain.Messages.Take(split), .. inserted, .. plain.Messages.Skip(split)], recording.Messages);
    }

    [Fact]
    public void Playing_a_frame_after_a_pause_allocates_nothing()
    {
        var output = new FakeOutput();
        output.Sent.Capacity = 10_000;
        var levels = Enumerable.Range(0, 400).Select(i => (byte)(i % 7 < 3 ? 255 : 0)).ToArray();
        var source = SyntheticFrameSource.AtRate(1000, levels);
        using var script = new PauseScript(s => s.Frames >= 50);
        var player = Player(script, null, null, output);

        script.Start(() => player.Play(() => source, Sessions.OneNote(), null, default));
        script.WaitUntilPaused();
        player.Resume();
        script.Finish();

        Assert.Equal(0, script.AllocatedBetween(100, 350));
        Assert.Equal(0, source.AllocatedAtRead[350] - source.AllocatedAtRead[100]);
    }

    [Fact]
    public void Frames_decoded_while_paused_are_not_dropped_as_late()
    {
        var output = new FakeOutput();
        using var script = new PauseScript(s => s.Frames >= 3);
        var player = Player(script, null, null, output);
        // The decoder is slow with frame 3 (0.3 s): it hands it over 0.6 s into the pause, long after its time had the clock gone on.
        var source = new SlowFrame(SyntheticFrameSource.AtRate(10, 255, 255, 255, 0, 0, 255, 0), 3, () => script.WaitUntilPaused(), TimeSpan.FromMilliseconds(600));

        script.Start(() => player.Play(() => source, Sessions.OneNote(), null, default));
        script.WaitUntilPaused();
        Assert.True(source.Delivered.Wait(TimeSpan.FromSeconds(20)));
        Thread.Sleep(100);
        player.Resume();
        var result = script.Finish();

        Assert.Equal((PlaybackStopReason.Ended, 7L, 0L), (result.Reason, result.Frames, result.Dropped));
        Assert.Equal(
            [(NoteEventKind.NoteOn, 0), (NoteEventKind.NoteOff, 200), (NoteEventKind.NoteOn, 200), (NoteEventKind.NoteOff, 300), (NoteEventKind.NoteOn, 500), (NoteEventKind.NoteOff, 600)],
            output.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Select(m => (m.Kind, (int)m.Time.TotalMilliseconds)));
    }

    private sealed class SlowFrame(SyntheticFrameSource inner, int slowIndex, Action before, TimeSpan delay) : Core.Frames.IFrameSource
    {
        public ManualResetEventSlim Delivered { get; } = new();

        public Core.Frames.VideoInfo Info => inner.Info;

        public bool TryReadFrame(out Core.Frames.VideoFrame frame)
        {
            if (inner.Reads == slowIndex)
            {
                before();
                Thread.Sleep(delay);
                var read = inner.TryReadFrame(out frame);
                Delivered.Set();
                return read;
            }

            return inner.TryReadFrame(out frame);
        }

        public void Dispose()
        {
            inner.Dispose();
            Delivered.Dispose();
        }
    }

    private sealed class StopAfterLoops(int loops, CancellationTokenSource stop, PauseScript inner) : IPlaybackObserver, IPauseObserver
    {
        public void OnFrame(in PlaybackStatus status)
        {
            inner.OnFrame(status);
            if (status.Loops >= loops)
            {
                stop.Cancel();
            }
        }

        public void OnPaused(TimeSpan position) => inner.OnPaused(position);

        public void OnResumed(TimeSpan pausedFor) => inner.OnResumed(pausedFor);
    }
}
