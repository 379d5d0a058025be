using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Tests.Playback.Live;

/// <summary>What <c>live --stats</c> calls capture to send: only frames that sent messages, next to the same clock over every frame.</summary>
public class LivePlayerLatencyTests
{
    [Fact]
    public void Capture_to_send_counts_the_frames_that_sent_messages_and_every_frame_is_counted_apart()
    {
        // A send that takes 30 ms: only the two frames with a message (the note-on, the note-off) pay it.
        var output = new SlowOutput(TimeSpan.FromMilliseconds(30));
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((0, 5), (255, 5), (0, 5)), TimeSpan.FromMilliseconds(10), FakeCameraEnd.Stalls, stop.Token);
        var observer = new RecordingObserver();
        var player = new LivePlayer([output], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30) }, observer);

        var result = Play(player, camera, stop, until: () => output.Sent.Count(m => m.Kind == NoteEventKind.NoteOff) == 1 && observer.Levels.Count >= 8);

        Assert.Equal(2, result.FramesWithMessages);
        Assert.True(result.Frames > result.FramesWithMessages, $"{result.Frames} frames");
        Assert.True(result.LatencyP50 >= TimeSpan.FromMilliseconds(30), $"capture to send p50 {result.LatencyP50}");
        Assert.True(result.EveryFrameMax >= result.LatencyMax, $"every frame max {result.EveryFrameMax}, capture to send max {result.LatencyMax}");

        // Most frames sent nothing, so the median over every frame is not a sending frame's.
        Assert.True(result.EveryFrameP50 < result.LatencyP50, $"every frame p50 {result.EveryFrameP50}, capture to send p50 {result.LatencyP50}");
    }

    private static LiveResult Play(LivePlayer player, FakeCamera camera, CancellationTokenSource stop, Func<bool> until)
    {
        var watcher = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            while (!stop.IsCancellationRequested && !until() && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                Thread.Sleep(5);
            }

            stop.Cancel();
        });
        watcher.Start();
        var result = player.Play(camera.Info.Name, _ => throw new Core.Frames.FrameSourceException("gone"), camera, Sessions.OneNote(), null, stop.Token);
        watcher.Join();
        return result;
    }

    /// <summary>An output whose every send of a note takes a fixed time, like a slow port.</summary>
    private sealed class SlowOutput(TimeSpan delay) : IMidiOutput
    {
        private readonly List<NoteEvent> _sent = [];

        public MidiPortInfo Port { get; } = new("slow", "slow", "slow");

        public TimeSpan Lookahead => TimeSpan.Zero;

        public IReadOnlyList<NoteEvent> Sent
        {
            get
            {
                lock (_sent)
                {
                    return [.. _sent];
                }
            }
        }

        public void Send(NoteEvent message, long dueTimestamp)
        {
            if (message.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff)
            {
                Thread.Sleep(delay);
            }

            lock (_sent)
            {
                _sent.Add(message);
            }
        }

        public bool Drain(TimeSpan timeout) => true;

        public void Dispose()
        {
        }
    }
}
