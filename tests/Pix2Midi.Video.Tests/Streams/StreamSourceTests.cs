using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Tests.Streams;

/// <summary>Streams read through the real ffmpeg program: the calibration video served as MJPEG over HTTP on 127.0.0.1.</summary>
public class StreamSourceTests
{
    private static readonly StreamOptions Quick = new() { ConnectTimeout = TimeSpan.FromSeconds(1.5), ReadTimeout = TimeSpan.FromSeconds(1.5) };

    [ToolFact("ffmpeg")]
    public void Reads_grey_frames_at_the_streams_size_with_the_bright_cells_where_the_video_has_them()
    {
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var source = StreamSource.Open(server.Url);

        Assert.Equal(640, source.Info.Width);
        Assert.Equal(360, source.Info.Height);
        Assert.Equal(server.Url, source.Info.Name);
        var cell0 = new List<double>();
        var cell1 = new List<double>();
        var previous = TimeSpan.MinValue;
        for (var i = 0; i < 30; i++)
        {
            Assert.True(source.TryReadFrame(out var frame));
            Assert.True(frame.Timestamp > previous);
            previous = frame.Timestamp;
            cell0.Add(Mean(frame.Luma, 0, 0, 160, 90));
            cell1.Add(Mean(frame.Luma, 160, 0, 160, 90));
        }

        // Cell 0 is white for 3 frames (10–12), cell 1 grey for 4 (20–23); all else black. A live
        // stream may start a frame late, so the runs are found, not indexed. MJPEG is full range.
        Assert.Equal(3, cell0.Count(v => v > 240));
        Assert.Equal(27, cell0.Count(v => v < 12));
        Assert.Equal(4, cell1.Count(v => v is > 150 and < 170));
        Assert.Equal(10, cell1.FindIndex(v => v > 150) - cell0.FindIndex(v => v > 240));
    }

    [ToolFact("ffmpeg")]
    public void Frames_arrive_at_the_streams_pace_and_reading_allocates_nothing()
    {
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var source = StreamSource.Open(server.Url);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(source.TryReadFrame(out _));
        }

        // The runtime may allocate on this thread while it tiers the loop up: the least of three trials of 10 frames is the source's own figure.
        var clock = Stopwatch.StartNew();
        var frames = 0;
        var bytes = SteadyAllocation.Least(
            iteration =>
            {
                Assert.True(source.TryReadFrame(out _));
                frames++;
            },
            10);
        for (; frames < 30; frames++)
        {
            Assert.True(source.TryReadFrame(out _));
        }

        Assert.Equal(0, bytes);

        // -re serves 25 fps (the MJPEG stream's default rate): 30 frames take about 1.2 s, not a burst.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.8, 3.0);
    }

    [ToolFact("ffmpeg")]
    public void A_port_nobody_listens_on_fails_at_once_with_ffmpegs_reason()
    {
        var url = $"http://127.0.0.1:{MjpegStreamServer.FreePort()}/";
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<FrameSourceException>(() => StreamSource.Open(url, Quick));

        Assert.Equal($"{url}: cannot open the stream: Connection refused", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [ToolFact("ffmpeg")]
    public void A_server_that_accepts_and_never_answers_times_out_instead_of_hanging()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/video";
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<FrameSourceException>(() => StreamSource.Open(url, Quick));

        Assert.StartsWith($"{url}: ", error.Message, StringComparison.Ordinal);
        Assert.Matches("timed out|no answer within 1.5 s", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.0, 5.0);
    }

    [ToolFact("ffmpeg")]
    public void A_stream_that_goes_away_mid_run_says_so_when_read()
    {
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var source = StreamSource.Open(server.Url, Quick);
        Assert.True(source.TryReadFrame(out _));

        server.Stop();
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<FrameSourceException>(() =>
        {
            while (source.TryReadFrame(out _))
            {
            }
        });

        Assert.StartsWith($"{server.Url}: ", error.Message, StringComparison.Ordinal);
        Assert.Matches("the stream ended after [0-9]+ frames|no data for 1.5 s", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
    }

    [ToolFact("ffmpeg", "kill")]
    public void A_stream_that_stops_sending_is_given_up_after_the_read_timeout()
    {
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform());
        using var source = StreamSource.Open(server.Url, Quick);
        Assert.True(source.TryReadFrame(out _));
        var pid = server.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        ExternalTool.Run("kill", ["-STOP", pid]).EnsureSuccess("kill -STOP");
        try
        {
            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<FrameSourceException>(() =>
            {
                while (source.TryReadFrame(out _))
                {
                }
            });

            Assert.StartsWith($"{server.Url}: ", error.Message, StringComparison.Ordinal);
            Assert.Matches("timed out|no data for 1.5 s \\(the stream stalled\\)", error.Message);
            Assert.InRange(clock.Elapsed.TotalSeconds, 1.0, 4.0);
        }
        finally
        {
            ExternalTool.Run("kill", ["-CONT", pid]);
        }
    }

    [ToolFact("ffmpeg")]
    public void Cancelling_unblocks_a_read_which_then_reports_no_more_frames()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var stop = new CancellationTokenSource();
        using var source = StreamSource.Open(server.Url, null, stop.Token);
        Assert.True(source.TryReadFrame(out _));

        stop.CancelAfter(200);
        var clock = Stopwatch.StartNew();
        while (source.TryReadFrame(out _))
        {
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [ToolFact("ffmpeg")]
    public void Cancelling_while_connecting_gives_up_at_once()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
        using var stop = new CancellationTokenSource(300);
        var clock = Stopwatch.StartNew();

        Assert.Throws<FrameSourceException>(() => StreamSource.Open(url, new StreamOptions(), stop.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [ToolFact("ffmpeg")]
    public void A_file_ffmpeg_can_read_plays_like_a_stream_that_then_ends()
    {
        using var source = StreamSource.Open(RepoPaths.SampleVideo("calibration.mp4"));
        var frames = 0;

        var error = Assert.Throws<FrameSourceException>(() =>
        {
            while (source.TryReadFrame(out _))
            {
                frames++;
            }
        });

        // -fflags nobuffer drops what ffmpeg read while probing the input: stale pictures on a live stream.
        Assert.InRange(frames, 100, 180);
        Assert.Equal($"{RepoPaths.SampleVideo("calibration.mp4")}: the stream ended after {frames} frames", error.Message);
    }

    private static double Mean(LumaPlane luma, int x, int y, int width, int height)
    {
        long sum = 0;
        for (var row = y; row < y + height; row++)
        {
            foreach (var b in luma.Row(row).Slice(x, width))
            {
                sum += b;
            }
        }

        return (double)sum / (width * height);
    }
}
