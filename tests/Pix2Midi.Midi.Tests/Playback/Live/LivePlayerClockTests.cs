using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Tests.Playback.Live;

/// <summary><c>live --clock</c>: pulses between pictures, from the first beat, to ports only, Stop at the end.</summary>
public class LivePlayerClockTests
{
    private static readonly TimeSpan Pulse = TimeSpan.FromMilliseconds(25); // 100 BPM
    private static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(600);

    [Fact]
    public void Ports_get_Start_on_the_first_beat_then_every_pulse_while_the_camera_stalls_and_Stop_at_the_end()
    {
        var scheduling = new FakeOutput("jack-like", lookahead: TimeSpan.FromMilliseconds(20), receivesClock: true);
        var direct = new FakeOutput("alsa-like", receivesClock: true);
        var console = new FakeOutput("console");
        using var stop = new CancellationTokenSource();
        var camera = new FakeCamera(FakeCamera.Levels((255, 3), (0, 3)), TimeSpan.FromMilliseconds(10), FakeCameraEnd.Stalls, stop.Token);
        var player = new LivePlayer([scheduling, direct, console], new LiveOptions { StallAfter = TimeSpan.FromSeconds(30), Clock = true });
        var mapping = Sessions.OneNote() with { Time = new MusicalTime(100, null, 0) };

        var playing = new Thread(() => player.Play("fake camera", _ => camera, camera, mapping, null, stop.Token));
        playing.Start();
        Thread.Sleep(1_500);
        stop.Cancel();
        Assert.True(playing.Join(TimeSpan.FromSeconds(10)));

        Assert.True(player.SendsClock);
        Assert.DoesNotContain(console.Messages, m => m.IsClock);
        foreach (var port in new[] { scheduling, direct })
        {
            var clock = port.Sent.Where(s => s.Message.IsClock).ToList();
            Assert.Equal(NoteEventKind.Start, clock[0].Message.Kind);
            Assert.Equal(NoteEventKind.Stop, clock[^1].Message.Kind);
            var start = clock[0].Message.Time;
            Assert.Equal(TimeSpan.Zero, TimeSpan.FromTicks(start.Ticks % Beat.Ticks));
            var pulses = clock.Where(s => s.Message.Kind == NoteEventKind.TimingClock).ToList();
            Assert.InRange(pulses.Count, 20, 40);
            Assert.Equal(Enumerable.Range(0, pulses.Count).Select(k => start + (Pulse * k)), pulses.Select(p => p.Message.Time));
            // Due times spaced exactly (to a Stopwatch tick of rounding); handed over their lookahead early, or at their time.
            Assert.All(pulses.Zip(pulses.Skip(1)), p => Assert.InRange(p.Second.Due - p.First.Due, (long)(Pulse.TotalSeconds * Stopwatch.Frequency) - 1, (long)(Pulse.TotalSeconds * Stopwatch.Frequency) + 1));
            var early = pulses.Select(p => Stopwatch.GetElapsedTime(p.SentAt, p.Due)).Order().ToList();
            var expected = port.Lookahead;
            Assert.InRange(early[early.Count / 2], expected - TimeSpan.FromMilliseconds(2), expected + TimeSpan.FromMilliseconds(0.01));
            Assert.Single(clock, s => s.Message.Kind == NoteEventKind.Start);
        }

        // The notes still went out, to every output, as without the clock.
        Assert.Equal(console.Messages, direct.Messages.Where(m => !m.IsClock));
    }
}
