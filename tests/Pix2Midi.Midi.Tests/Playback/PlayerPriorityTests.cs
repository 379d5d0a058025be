using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;
using Pix2Midi.Midi.Tests.Playback.Live;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>
/// Which threads of the players ask for real-time priority, as the kernel reports them while they
/// play: the threads that carry MIDI timing do, the decoding-ahead thread does not, and the
/// calling thread is put back after. Whether the OS allows it here is asked of <c>chrt</c>.
/// </summary>
public class PlayerPriorityTests
{
    [ToolFact("chrt")]
    public void Live_the_capture_thread_and_the_MIDI_thread_run_real_time_when_allowed_and_the_caller_is_put_back()
    {
        var allowed = ThreadScheduling.Allowed();
        var output = new FakeOutput();
        ThreadScheduling? capture = null;
        var midi = new List<ThreadScheduling>();
        using var stop = new CancellationTokenSource();
        var observer = new RecordingObserver(onFrame: status =>
        {
            midi.Add(ThreadScheduling.Current());
            if (status.Frames >= 6)
            {
                stop.Cancel();
            }
        });
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);

        var (result, after) = OnNewThread(() =>
        {
            var result = player.Play(
                "cam",
                token =>
                {
                    capture = ThreadScheduling.Current();
                    return new FakeCamera(FakeCamera.Levels((0, 2), (255, 4), (0, 30)), TimeSpan.FromMilliseconds(5), FakeCameraEnd.Stalls, token);
                },
                null,
                Sessions.OneNote(),
                null,
                stop.Token);
            return (result, ThreadScheduling.Current());
        });

        var expected = allowed ? new ThreadScheduling(ThreadScheduling.Fifo, 3) : new ThreadScheduling(ThreadScheduling.Normal, 0);
        Assert.Equal(expected, capture);
        Assert.NotEmpty(midi);
        Assert.All(midi, m => Assert.Equal(expected, m));
        Assert.Equal(allowed, result.RealtimePriority);
        Assert.Equal(new ThreadScheduling(ThreadScheduling.Normal, 0), after);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
    }

    [ToolFact("chrt")]
    public void Run_the_clock_thread_runs_real_time_when_allowed_the_analysis_thread_never_and_the_caller_is_put_back()
    {
        var allowed = ThreadScheduling.Allowed();
        var output = new FakeOutput();
        ThreadScheduling? analysis = null;
        var observer = new SchedulingObserver();
        var player = new RealtimePlayer([output], new InstantWaiter(), null, observer);

        var (result, after) = OnNewThread(() =>
        {
            var result = player.Play(
                () =>
                {
                    analysis = ThreadScheduling.Current();
                    return SyntheticFrameSource.AtRate(10, 0, 255, 255, 0, 255, 0);
                },
                Sessions.OneNote(),
                null,
                CancellationToken.None);
            return (result, ThreadScheduling.Current());
        });

        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        Assert.Equal(new ThreadScheduling(ThreadScheduling.Normal, 0), analysis);
        Assert.NotEmpty(observer.Seen);
        Assert.All(observer.Seen, s => Assert.Equal(allowed ? new ThreadScheduling(ThreadScheduling.Fifo, 3) : new ThreadScheduling(ThreadScheduling.Normal, 0), s));
        Assert.Equal(allowed, result.RealtimePriority);
        Assert.Equal(new ThreadScheduling(ThreadScheduling.Normal, 0), after);
        Assert.Equal(2, output.Messages.Count(m => m.Kind == NoteEventKind.NoteOn));
    }

    [Fact]
    public void Live_a_source_opened_before_the_run_plays_its_first_picture_as_one_opened_by_the_capture_thread_does()
    {
        // Opened before the run, the analysis is prepared (and rehearsed on blank pictures) before
        // the first picture: the notes must be exactly those of a run that prepares on the first picture.
        static IReadOnlyList<NoteEvent> Notes(bool openedBefore)
        {
            var output = new FakeOutput();
            using var stop = new CancellationTokenSource();
            var observer = new RecordingObserver(onFrame: status =>
            {
                if (status.Frames >= 6)
                {
                    stop.Cancel();
                }
            });
            var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);
            FakeCamera Camera(CancellationToken token) => new(FakeCamera.Levels((255, 3), (0, 3), (0, 30)), TimeSpan.FromMilliseconds(5), FakeCameraEnd.Stalls, token);
            player.Play("cam", Camera, openedBefore ? Camera(stop.Token) : null, Sessions.OneNote(), null, stop.Token);
            return [.. output.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Select(m => m with { Time = TimeSpan.Zero })];
        }

        var prepared = Notes(openedBefore: true);

        Assert.Equal([NoteEventKind.NoteOn, NoteEventKind.NoteOff], prepared.Select(m => m.Kind));
        Assert.Equal(Notes(openedBefore: false), prepared);
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("the thread failed", failure);
    }

    private sealed class SchedulingObserver : IPlaybackObserver
    {
        public List<ThreadScheduling> Seen { get; } = [];

        public void OnFrame(in PlaybackStatus status) => Seen.Add(ThreadScheduling.Current());
    }
}
