using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Tests.Playback.Live;

public class LivePlayerTests
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(10);

    [Fact]
    public void Each_picture_is_played_as_soon_as_it_arrives_due_now_on_every_output()
    {
        var first = new FakeOutput("first");
        var second = new FakeOutput("second", lookahead: TimeSpan.FromMilliseconds(20));
        var observer = new RecordingObserver();
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((0, 5), (255, 5), (0, 5)), Pace, FakeCameraEnd.Stalls, stop.Token);
        var player = new LivePlayer([first, second], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);

        var result = Play(player, camera, stop, until: () => observer.Levels.Count >= 15);

        Assert.Equal(LiveStopReason.Cancelled, result.Reason);
        foreach (var output in new[] { first, second })
        {
            var on = Assert.Single(output.Sent, s => s.Message.Kind == NoteEventKind.NoteOn);
            var off = Assert.Single(output.Sent, s => s.Message.Kind == NoteEventKind.NoteOff);
            Assert.Equal(60, on.Message.Data1);
            Assert.Equal(60, off.Message.Data1);

            // Due now: no schedule, no lookahead added, handed over within a millisecond of its due time.
            Assert.InRange(on.SentAt - on.Due, 0, Stopwatch.Frequency / 1000);
            Assert.True(off.Message.Time > on.Message.Time);
        }

        var times = first.Messages.Select(m => m.Time).ToList();
        Assert.True(times[0] >= TimeSpan.Zero, $"first message at {times[0]}");
        Assert.Equal(times.Order(), times);
        Assert.Equal(15, result.Frames);
        Assert.Equal(1, result.Notes);
        Assert.True(result.LatencyMax > TimeSpan.Zero);
        Assert.True(result.LatencyP50 < TimeSpan.FromMilliseconds(5), $"p50 {result.LatencyP50}");
        Assert.Empty(observer.Notices);
        Assert.True(camera.Disposed);
    }

    [Fact]
    public void A_slow_analysis_skips_to_the_newest_picture_and_counts_the_ones_it_never_took()
    {
        var output = new FakeOutput();
        var observer = new RecordingObserver(slowness: TimeSpan.FromMilliseconds(25));
        using var stop = new CancellationTokenSource();
        var levels = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        var camera = new FakeCamera(levels, TimeSpan.FromMilliseconds(2), FakeCameraEnd.Stalls, stop.Token);
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);

        var result = Play(player, camera, stop, until: () => observer.Levels.Contains(99));

        // Pictures analysed are strictly newer each time, with gaps: never a backlog of stale ones.
        Assert.True(observer.Levels.Zip(observer.Levels.Skip(1)).All(p => p.Second > p.First));
        Assert.True(result.Dropped > 50, $"dropped {result.Dropped}");
        Assert.Equal(100, result.Frames + result.Dropped);
    }

    [Fact]
    public void An_unplugged_camera_silences_every_note_at_once_then_playing_resumes_when_it_is_back()
    {
        var output = new FakeOutput();
        var observer = new RecordingObserver();
        using var stop = new CancellationTokenSource();
        var opens = 0;
        var cameras = new List<FakeCamera>();
        var player = new LivePlayer([output], new LiveOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(50), StallAfter = TimeSpan.FromSeconds(30) }, observer);
        var started = new FakeCamera(FakeCamera.Levels((0, 3), (255, 5)), Pace, FakeCameraEnd.Unplugged, name: "cam");

        var result = Play(
            player,
            started,
            stop,
            until: () => output.Messages.Count(m => m.Kind == NoteEventKind.NoteOn) == 2,
            open: token =>
            {
                // The first attempt after the loss fails (still unplugged); the second finds it back, lit.
                if (++opens == 1)
                {
                    throw new FrameSourceException("cam: cannot be opened");
                }

                var camera = new FakeCamera(FakeCamera.Levels((255, 10)), Pace, FakeCameraEnd.Stalls, token, name: "cam");
                cameras.Add(camera);
                return camera;
            });

        var messages = output.Messages.ToList();
        var firstOff = messages.FindIndex(m => m.Kind == NoteEventKind.NoteOff);
        Assert.Equal(NoteEventKind.NoteOn, messages[0].Kind);
        Assert.Equal((NoteEventKind.ControlChange, 123), (messages[firstOff + 1].Kind, (int)messages[firstOff + 1].Data1));
        Assert.Equal((NoteEventKind.ControlChange, 120), (messages[firstOff + 2].Kind, (int)messages[firstOff + 2].Data1));
        Assert.Equal(NoteEventKind.NoteOn, messages[firstOff + 3].Kind);
        Assert.Equal(0, Sessions.OpenNotes(messages));

        var notices = observer.Notices;
        Assert.True(
            notices.Select(n => n.Kind).SequenceEqual([SourceNoticeKind.Lost, SourceNoticeKind.RetryFailed, SourceNoticeKind.Restored]),
            string.Join("\n", notices));
        Assert.Equal("cam: stopped giving pictures (unplugged?)", notices[0].Reason);
        Assert.Equal(1, notices[0].ReleasedNotes);
        Assert.Equal(TimeSpan.FromMilliseconds(50), notices[0].RetryIn);
        Assert.Equal(("cam: cannot be opened", 2, TimeSpan.FromMilliseconds(100)), (notices[1].Reason, notices[1].Attempt, notices[1].RetryIn));
        Assert.InRange(notices[2].Without.TotalMilliseconds, 150, 2000);
        Assert.Equal((1, 1), (result.Losses, result.Restored));
        Assert.True(started.Disposed);
        Assert.All(cameras, c => Assert.True(c.Disposed));
    }

    [Fact]
    public void A_stalled_source_has_its_notes_stopped_while_the_capture_thread_still_waits_on_it()
    {
        var output = new FakeOutput();
        var observer = new RecordingObserver();
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((255, 5)), Pace, FakeCameraEnd.Stalls, stop.Token, name: "rtsp://cam/s");
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromMilliseconds(200) }, observer);

        var result = Play(player, camera, stop, until: () => observer.Notices.Count > 0);

        var lost = Assert.Single(observer.Notices);
        Assert.Equal("rtsp://cam/s: no picture for 0.2 s (the source stalled)", lost.Reason);
        Assert.Equal(1, lost.ReleasedNotes);
        var off = output.Sent.First(s => s.Message.Kind == NoteEventKind.NoteOff);
        var lastOn = output.Sent.Last(s => s.Message.Kind == NoteEventKind.NoteOn);
        Assert.InRange(Stopwatch.GetElapsedTime(lastOn.SentAt, off.SentAt).TotalMilliseconds, 200, 600);
        Assert.Equal(1, result.Losses);
    }

    [Fact]
    public void With_no_source_it_gives_up_after_the_time_allowed_retrying_meanwhile()
    {
        var output = new FakeOutput();
        var observer = new RecordingObserver();
        var player = new LivePlayer([output], new LiveOptions { GiveUpAfter = TimeSpan.FromMilliseconds(600), FirstRetryDelay = TimeSpan.FromMilliseconds(100) }, observer);
        var clock = Stopwatch.StartNew();

        var result = player.Play("http://cam/video", _ => throw new FrameSourceException("http://cam/video: cannot open the stream: Connection refused"), null, Sessions.OneNote(), null, CancellationToken.None);

        Assert.Equal(LiveStopReason.GaveUp, result.Reason);
        Assert.Equal("http://cam/video: no picture for 0.6 s (cannot open the stream: Connection refused); giving up", result.Error);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.55, 1.5);
        Assert.Equal([100.0, 200, 400], observer.Notices.Where(n => n.Kind == SourceNoticeKind.RetryFailed).Select(n => n.RetryIn.TotalMilliseconds).Take(3));
        Assert.Empty(output.Messages);
        Assert.InRange(result.WithoutSource.TotalSeconds, 0.55, 1.5);
    }

    [Fact]
    public void Cancelling_releases_every_sounding_note_and_resets_the_channels_used()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((255, 5)), Pace, FakeCameraEnd.Stalls, stop.Token);
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) });

        var result = Play(player, camera, stop, until: () => output.Messages.Count > 0, mapping: Sessions.OneNote(note: 64, channel: 3));

        Assert.Equal(LiveStopReason.Cancelled, result.Reason);
        Assert.Equal(
            [(NoteEventKind.NoteOn, 2, 64), (NoteEventKind.NoteOff, 2, 64), (NoteEventKind.ControlChange, 2, 123), (NoteEventKind.ControlChange, 2, 120)],
            output.Messages.Select(m => (m.Kind, (int)m.Channel, (int)m.Data1)));
        Assert.Equal(4, result.EventsSent);
    }

    [Fact]
    public void An_output_that_fails_stops_the_run_and_the_others_still_get_their_note_offs()
    {
        var failing = new FakeOutput("failing", failAfter: 1);
        var healthy = new FakeOutput("healthy");
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((255, 3), (0, 100)), Pace, FakeCameraEnd.Stalls, stop.Token);
        var player = new LivePlayer([failing, healthy], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30), CaptureStopTimeout = TimeSpan.FromMilliseconds(100) });

        var result = Play(player, camera, stop, until: () => false, timeout: TimeSpan.FromSeconds(5));

        Assert.Equal(LiveStopReason.Failed, result.Reason);
        Assert.Equal("failing: the port went away", result.Error);
        Assert.Equal(0, Sessions.OpenNotes(healthy.Messages));
    }

    [Fact]
    public void A_reloaded_mapping_takes_over_from_the_next_picture_and_the_old_notes_stop()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((255, 40)), Pace, FakeCameraEnd.Stalls, stop.Token);
        var observer = new RecordingObserver();
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);
        Core.Mapping.Mapping? pending = null;

        var result = Play(
            player,
            camera,
            stop,
            until: () =>
            {
                if (observer.Levels.Count == 5)
                {
                    Interlocked.CompareExchange(ref pending, Sessions.OneNote(note: 72), null);
                }

                return output.Messages.Any(m => m.Data1 == 72);
            },
            updates: () => Interlocked.Exchange(ref pending, null));

        Assert.Equal(
            [(NoteEventKind.NoteOn, 60), (NoteEventKind.NoteOff, 60), (NoteEventKind.NoteOn, 72)],
            output.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Take(3).Select(m => (m.Kind, (int)m.Data1)));
        Assert.Equal(LiveStopReason.Cancelled, result.Reason);
    }

    [Fact]
    public void The_mappings_instruments_go_out_before_the_first_pictures_notes()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((255, 5), (0, 5)), Pace, FakeCameraEnd.Stalls, stop.Token);
        var observer = new RecordingObserver();
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);

        var result = Play(player, camera, stop, until: () => observer.Levels.Count >= 10, mapping: Sessions.WithInstruments((1, 14), (2, 38)));

        Assert.Equal(LiveStopReason.Cancelled, result.Reason);
        Assert.Equal(
            [(NoteEventKind.ProgramChange, 0, 14), (NoteEventKind.ProgramChange, 1, 38), (NoteEventKind.NoteOn, 0, 60), (NoteEventKind.NoteOff, 0, 60)],
            output.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Select(m => (m.Kind, (int)m.Channel, (int)m.Data1)));
        Assert.Equal(1, result.Notes);
    }

    [Fact]
    public void Neither_thread_allocates_per_picture()
    {
        var output = new FakeOutput();
        var observer = new RecordingObserver();
        using var stop = new CancellationTokenSource();
        var levels = Enumerable.Range(0, 300).Select(i => (byte)(i / 10 % 2 == 0 ? 0 : 255)).ToArray();
        var camera = new FakeCamera(levels, TimeSpan.FromMilliseconds(1), FakeCameraEnd.Stalls, stop.Token);
        var player = new LivePlayer([new AllocationFreeOutput()], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);

        Play(player, camera, stop, until: () => camera.AllocatedAtRead.Count >= 300 && observer.AllocatedAtFrame.Count > 50);

        var midi = observer.AllocatedAtFrame;
        Assert.Equal(0, midi[^1] - midi[20]);
        Assert.Equal(0, camera.AllocatedAtRead[299] - camera.AllocatedAtRead[20]);
    }

    [Fact]
    public void A_quantising_mapping_plays_each_note_on_its_grid_line_of_the_run_never_early()
    {
        // 240 BPM, sixteenths of 62.5 ms; pictures every 10 ms.
        var output = new FakeOutput();
        var observer = new RecordingObserver();
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((0, 7), (255, 20), (0, 20)), Pace, FakeCameraEnd.Stalls, stop.Token);
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);
        var mapping = Sessions.OneNote() with { Time = new Core.Music.MusicalTime(240, Core.Music.GridDivision.Find("1/16"), 0) };

        Play(player, camera, stop, until: () => observer.Levels.Count >= 40, mapping: mapping);

        var on = Assert.Single(output.Sent, s => s.Message.Kind == NoteEventKind.NoteOn);
        var off = Assert.Single(output.Sent, s => s.Message.Kind == NoteEventKind.NoteOff);
        var step = TimeSpan.FromMilliseconds(62.5);
        Assert.Equal(0, on.Message.Time.Ticks % step.Ticks);
        Assert.Equal(0, off.Message.Time.Ticks % step.Ticks);
        Assert.True(off.Message.Time - on.Message.Time >= step, $"the note lasted {off.Message.Time - on.Message.Time}");

        // Handed over at its line (the thread waits for it), not as soon as the picture arrived.
        Assert.True(on.SentAt >= on.Due - (Stopwatch.Frequency / 1000), "the note-on went out before its line");
        Assert.True(on.SentAt - on.Due < Stopwatch.Frequency / 50, $"the note-on went out {(on.SentAt - on.Due) * 1000.0 / Stopwatch.Frequency:0.0} ms after its line");
    }

    private static LiveResult Play(
        LivePlayer player,
        FakeCamera first,
        CancellationTokenSource stop,
        Func<bool> until,
        Func<CancellationToken, IFrameSource>? open = null,
        Core.Mapping.Mapping? mapping = null,
        Func<Core.Mapping.Mapping?>? updates = null,
        TimeSpan? timeout = null)
    {
        var watcher = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            while (!stop.IsCancellationRequested && !until() && clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(10)))
            {
                Thread.Sleep(5);
            }

            stop.Cancel();
        });
        watcher.Start();
        var result = player.Play(first.Info.Name, open ?? (_ => throw new FrameSourceException("gone")), first, mapping ?? Sessions.OneNote(), updates, stop.Token);
        stop.Cancel();
        watcher.Join();
        return result;
    }
}
