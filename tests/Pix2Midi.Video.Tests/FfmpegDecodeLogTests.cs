using System.Text;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

public sealed class FfmpegDecodeLogTests
{
    private static readonly ProbedVideo Video = new(320, 240, "yuv420p", "h264", 30, 30, new Rational(1, 15360), 512, 2, 2, 60, "5.1.9");

    [Fact]
    public void A_showinfo_line_gives_the_frames_time_as_opencv_computes_it()
    {
        var (log, stamps) = Make(Video);

        Handle(log, "[Parsed_showinfo_1 @ 0x55ab22bf4d00] [info] config in time_base: 1/15360, frame_rate: 30/1");
        Handle(log, "[Parsed_showinfo_1 @ 0x55ab22bf4d00] [info] n:   3 pts:   2048 pts_time:0.133333 pos:    48 fmt:gray sar:1/1 s:320x240 i:P iskey:0 type:B ");

        Assert.True(stamps.TryTakeNow(out var stamp));
        Assert.Equal(FrameStampKind.Frame, stamp.Kind);
        Assert.Equal((double)(2048 - 512) * (1.0 / 15360) * 1000, stamp.Milliseconds);
    }

    [Fact]
    public void A_frame_without_a_time_or_a_stream_without_timestamps_reads_zero_as_in_opencv()
    {
        var (log, stamps) = Make(Video);
        Handle(log, "[Parsed_showinfo_1 @ 0x1] [info] n:   0 pts:NOPTS pts_time:NOPTS pos: 48 fmt:gray");
        var (noTimestamps, noTimestampStamps) = Make(Video with { StartPts = null });
        Handle(noTimestamps, "[Parsed_showinfo_1 @ 0x1] [info] n:   1 pts:  40000 pts_time:0.0333 pos: 48 fmt:gray");

        Assert.True(stamps.TryTakeNow(out var stamp));
        Assert.Equal(0, stamp.Milliseconds);
        Assert.True(noTimestampStamps.TryTakeNow(out stamp));
        Assert.Equal(0, stamp.Milliseconds);
    }

    [Theory]
    [InlineData("[error] Error while decoding stream #0:0: Invalid data found when processing input")]
    [InlineData("[vist#0:0/h264 @ 0x5561] [error] Decoding error: Invalid data found when processing input")]
    [InlineData("[vist#0:0/h264 @ 0x5561] [error] Error submitting packet to decoder: Invalid data found when processing input")]
    public void A_decoding_failure_is_queued_in_its_place(string line)
    {
        var (log, stamps) = Make(Video);

        Handle(log, "[Parsed_showinfo_0 @ 0x1] [info] n:   0 pts:    512 pts_time:0");
        Handle(log, line);
        Handle(log, "[Parsed_showinfo_0 @ 0x1] [info] n:   1 pts:   1024 pts_time:0");

        Assert.True(stamps.TryTakeNow(out var first) && first.Kind == FrameStampKind.Frame);
        Assert.True(stamps.TryTakeNow(out var failure) && failure.Kind == FrameStampKind.Failure);
        Assert.True(stamps.TryTakeNow(out var second) && second.Kind == FrameStampKind.Frame);
        Assert.Equal(1, log.Failures);
    }

    [Fact]
    public void Only_error_lines_explain_a_failure_and_without_their_prefixes()
    {
        var (log, _) = Make(Video);

        Handle(log, "[info] Stream #0:0: Video: h264 (High), yuv420p(progressive), 320x240");
        Handle(log, "[h264 @ 0x5585] [warning] concealing 80 DC, 80 AC, 80 MV errors in B frame");
        Handle(log, "[h264 @ 0x5585] [error] Invalid NAL unit size (988342709 > 5724).");

        Assert.Equal("Invalid NAL unit size (988342709 > 5724).", log.Summary("/videos/a.mp4"));
    }

    [Fact]
    public void Lines_from_other_filters_and_side_data_are_not_frames()
    {
        var (log, stamps) = Make(Video);

        Handle(log, "[Parsed_showinfo_1 @ 0x1] [info]   side data - User Data Unregistered:");
        Handle(log, "[Parsed_showinfo_1 @ 0x1] [info] color_range:unknown color_space:unknown");
        Handle(log, "[Parsed_extractplanes_0 @ 0x1] [info] n:   0 pts: 512");
        Handle(log, "[info] frame=   60 fps=0.0 q=-0.0 Lsize=    4500kB time=00:00:02.00");

        Assert.False(stamps.TryTakeNow(out _));
    }

    [Fact]
    public void Reading_frame_lines_allocates_nothing()
    {
        var (log, stamps) = Make(Video);
        var line = Encoding.ASCII.GetBytes("[Parsed_showinfo_1 @ 0x55ab22bf4d00] [info] n: 100 pts:  51712 pts_time:3.36667 pos: 48 fmt:gray sar:1/1 s:320x240 i:P iskey:0 type:B ");
        var side = Encoding.ASCII.GetBytes("[Parsed_showinfo_1 @ 0x55ab22bf4d00] [info] color_range:unknown color_space:unknown color_primaries:unknown color_trc:unknown");
        log.Handle(line);
        _ = stamps.TryTakeNow(out _);
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 1000; i++)
        {
            log.Handle(line);
            log.Handle(side);
            _ = stamps.TryTakeNow(out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_frame_of_another_size_than_the_pipe_carries_is_flagged_before_it()
    {
        var (log, stamps) = Make(Video);

        Handle(log, "[Parsed_showinfo_1 @ 0x1] [info] n:  29 pts:  14848 pts_time:0.96 pos: 48 fmt:gray sar:1/1 s:320x240 i:P iskey:0 type:B");
        Handle(log, "[Parsed_showinfo_1 @ 0x1] [info] n:  30 pts:  15360 pts_time:1 pos: 48 fmt:gray sar:1/1 s:160x120 i:P iskey:1 type:I");

        Assert.True(stamps.TryTakeNow(out var first) && first.Kind == FrameStampKind.Frame);
        Assert.True(stamps.TryTakeNow(out var resized) && resized.Kind == FrameStampKind.Resized);
        Assert.True(stamps.TryTakeNow(out var second) && second.Kind == FrameStampKind.Frame);
    }

    [Theory]
    [InlineData("n: 0 pts: 0 pos: 48 fmt:gray sar:1/1 s:1920x811 i:P", 1920, 811)]
    [InlineData("n: 0 pts: 0 pos: 48 fmt:gray sar:0/1 s:64x48 i:P", 64, 48)]
    [InlineData("n: 0 pts: 0 pos: 48 fmt:gray", -1, -1)]
    public void The_size_is_read_from_the_line(string line, int width, int height) =>
        Assert.Equal(width < 0 ? null : (width, height), FfmpegDecodeLog.ReadSize(Encoding.ASCII.GetBytes(line)));

    [Theory]
    [InlineData("n:   0 pts:      0 pts_time:0", 0L)]
    [InlineData("n: 12 pts: 123456789012 pts_time:1", 123456789012L)]
    [InlineData("n: 12 pts:  -1024 pts_time:-0.06", -1024L)]
    [InlineData("n: 12 pts:NOPTS pts_time:NOPTS", null)]
    [InlineData("n: 12 pos: 48", null)]
    public void Pts_is_read_from_the_line(string line, long? expected) =>
        Assert.Equal(expected, FfmpegDecodeLog.ReadPts(Encoding.ASCII.GetBytes(line)));

    private static (FfmpegDecodeLog Log, FrameStampQueue Stamps) Make(ProbedVideo video)
    {
        var stamps = new FrameStampQueue(16);
        return (new FfmpegDecodeLog(Stream.Null, stamps, video, 320, 240), stamps);
    }

    private static void Handle(FfmpegDecodeLog log, string line) => log.Handle(Encoding.UTF8.GetBytes(line));
}
