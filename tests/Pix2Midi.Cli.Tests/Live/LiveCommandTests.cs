using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Smf;
using Pix2Midi.Midi.Playback.Live;
using Pix2Midi.Video.Cameras;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Cli.Tests.Live;

/// <summary><c>pix2midi live</c> in this process, fed by a stand-in IP camera (ffmpeg serving MJPEG over HTTP on 127.0.0.1).</summary>
public class LiveCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Retries quickly, so a test of a loss does not wait for the real back-off.</summary>
    private static readonly LiveOptions QuickRetry = new() { FirstRetryDelay = TimeSpan.FromMilliseconds(200), MaxRetryDelay = TimeSpan.FromMilliseconds(400) };

    [ToolFact("ffmpeg")]
    public void The_calibration_stream_plays_its_sixteen_notes_in_order_each_at_its_capture_time()
    {
        using var temp = new TempDirectory();
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var live = LiveRun.Start(["--source", server.Url, "-m", "calibration", "--port", "midi-monitor", "--record", temp.File("live.mid"), "--stats", temp.File("live.json")]);

        Assert.True(
            live.Output.WaitUntil(_ => live.Backend.Opened.Count == 1 && LiveReceiver.NotesOn(Messages(live)).Length >= 16, Patience),
            live.Output.Text + live.Error.Text);
        var code = live.Stop();

        Assert.Equal(130, code);
        var messages = Messages(live);
        var ons = messages.Where(m => m.Kind == NoteEventKind.NoteOn).Take(16).ToList();
        Assert.Equal(Enumerable.Range(60, 16), ons.Select(m => (int)m.Data1));

        // Cells light 10 frames (1/3 s) apart: the capture times say so, give or take the stream's jitter.
        var gaps = ons.Zip(ons.Skip(1)).Select(p => (p.Second.Time - p.First.Time).TotalMilliseconds).ToList();
        Assert.All(gaps, g => Assert.InRange(g, 250, 420));
        Assert.Equal(0, LiveReceiver.OpenNotes(messages));
        Assert.Contains("Playing live from " + server.Url + " (640×360) with Calibration to jack:midi-monitor:input.", live.Output.Text, StringComparison.Ordinal);
        Assert.Contains("Every note was stopped.", live.Output.Text, StringComparison.Ordinal);
        Assert.Empty(live.Error.Text);

        var recorded = SmfReader.ReadFile(temp.File("live.mid")).ChannelEvents.ToList();
        Assert.Equal(Enumerable.Range(60, 16), recorded.Where(e => (e.Status & 0xF0) == 0x90).Take(16).Select(e => (int)e.Data1));
        Assert.Equal(recorded.Count(e => (e.Status & 0xF0) == 0x90), recorded.Count(e => (e.Status & 0xF0) == 0x80));

        using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("live.json")));
        var root = stats.RootElement;
        Assert.Equal("cancelled", root.GetProperty("stopped").GetString());
        Assert.True(root.GetProperty("framesAnalysed").GetInt64() > 100);
        Assert.True(root.GetProperty("framesDropped").GetInt64() >= 0);
        var latency = root.GetProperty("captureToSendMs");
        Assert.InRange(latency.GetProperty("p50").GetDouble(), 0.001, 50);
        Assert.True(latency.GetProperty("p99").GetDouble() >= latency.GetProperty("p50").GetDouble());
        Assert.True(latency.GetProperty("max").GetDouble() >= latency.GetProperty("p99").GetDouble());
        Assert.Equal(0, root.GetProperty("sourceLost").GetInt32());
    }

    [ToolFact("ffmpeg")]
    public void Cutting_the_stream_releases_every_sounding_note_at_once_and_playing_resumes_when_it_is_back()
    {
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform());
        using var live = LiveRun.Start(["--source", server.Url, "-m", "calibration", "--port", "midi-monitor"], QuickRetry);

        // A white picture lights all sixteen cells: sixteen notes sound until the stream goes.
        Assert.True(live.Output.WaitUntil(_ => live.Backend.Opened.Count == 1 && LiveReceiver.NotesOn(Messages(live)).Length == 16, Patience), live.Output.Text + live.Error.Text);
        server.Stop();

        Assert.True(live.Output.WaitFor("Source lost: ", Patience), live.Output.Text);
        var atLoss = Messages(live);
        Assert.Equal(0, LiveReceiver.OpenNotes(atLoss));
        Assert.Equal(16, atLoss.Count(m => m.Kind == NoteEventKind.NoteOff));
        Assert.Equal([123, 120], atLoss.Skip(32).Select(m => (int)m.Data1));
        var lost = live.Output.Lines.Single(l => l.StartsWith("Source lost: ", StringComparison.Ordinal));
        Assert.Matches($"^Source lost: {server.Url}: the stream ended after [0-9]+ frames( \\(ffmpeg: [^)]+\\))?\\. Released the 16 notes that were sounding\\. Retrying in 0\\.2 s\\.$", lost);

        server.Start();
        Assert.True(live.Output.WaitUntil(_ => LiveReceiver.NotesOn(Messages(live)).Length == 32, Patience), live.Output.Text);
        // Notices are written off the MIDI thread: the line may follow the notes by a moment.
        Assert.True(live.Output.WaitFor("Source back after ", Patience), live.Output.Text);

        Assert.Equal(130, live.Stop());
        Assert.Equal(0, LiveReceiver.OpenNotes(Messages(live)));
        Assert.Empty(live.Error.Text);
    }

    [ToolFact("ffmpeg")]
    public void A_server_that_never_answers_fails_in_seconds_with_one_line()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/video";
        var clock = Stopwatch.StartNew();
        using var live = LiveRun.Start(["--source", url, "-m", "calibration"], streams: new StreamOptions { ConnectTimeout = TimeSpan.FromSeconds(2), ReadTimeout = TimeSpan.FromSeconds(2) });

        var code = live.Wait(TimeSpan.FromSeconds(10));

        Assert.Equal(1, code);
        var line = Assert.Single(live.Error.Lines);
        Assert.Matches($"^error: {url}: cannot open the stream: (Connection timed out|no answer within 2 s)$", line);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 5);
        Assert.Empty(live.Backend.Opened);
    }

    [Theory]
    [InlineData("3", "error: --camera 3: there is no camera 3; cameras here: 0 \"Integrated Camera\", 2 \"Logitech BRIO\"")]
    [InlineData("FaceTime", "error: --camera FaceTime: no camera has that name; cameras here: 0 \"Integrated Camera\", 2 \"Logitech BRIO\"")]
    public void A_camera_that_is_not_there_is_one_line(string camera, string message)
    {
        var cameras = new CameraListing([new CameraInfo(0, "Integrated Camera", "/dev/video0", "V4L2"), new CameraInfo(2, "Logitech BRIO", "/dev/video2", "V4L2")], "in /sys/class/video4linux", true);
        using var live = LiveRun.Start(["--camera", camera], cameras: cameras);

        Assert.Equal(1, live.Wait(TimeSpan.FromSeconds(10)));
        Assert.Equal([message], live.Error.Lines);
        Assert.Empty(live.Backend.Opened);
    }

    [Fact]
    public void A_camera_listed_but_gone_is_one_line()
    {
        var cameras = new CameraListing([new CameraInfo(61, "USB Video", "/dev/video61", "V4L2")], "in /sys/class/video4linux", true);
        if (File.Exists("/dev/video61") || !OperatingSystem.IsLinux())
        {
            return;
        }

        using var live = LiveRun.Start(["--camera", "usb"], cameras: cameras);

        Assert.Equal(1, live.Wait(TimeSpan.FromSeconds(10)));
        Assert.Equal(["error: camera 61 (\"USB Video\"): /dev/video61 does not exist (unplugged?)"], live.Error.Lines);
    }

    [Theory]
    [InlineData(new[] { "--camera", "0", "--source", "http://cam/" }, "--camera and --source cannot be used together: play a camera or a stream.")]
    [InlineData(new[] { "--source", "http://cam/", "--give-up-after", "0" }, "--give-up-after needs a number of seconds above 0.")]
    public void Contradictory_options_are_a_usage_error(string[] args, string message)
    {
        var run = CliRun.InProcess(["live", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private static List<NoteEvent> Messages(LiveRun live) =>
        live.Backend.Opened.Count == 0 ? [] : [.. live.Port.Received.Select(r => r.Message)];
}
