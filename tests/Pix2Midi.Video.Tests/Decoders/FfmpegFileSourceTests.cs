using System.Diagnostics;
using System.Text.RegularExpressions;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests.Decoders;

[Collection(DecoderVideosCollection.Name)]
public sealed partial class FfmpegFileSourceTests(DecoderVideos decoderVideos, VideoFixture videos)
{
    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(BadInputs.Cases), MemberType = typeof(BadInputs))]
    public void Opening_fails_with_the_same_line_as_the_opencv_decoder(string name, string problem)
    {
        var path = BadInputs.Path(videos, name);

        var error = Assert.Throws<FrameSourceException>(() => FfmpegFileSource.Open(path, SideBySide.Tools()));

        Assert.Equal($"{path}: {problem}", error.Message);
        Assert.Equal(error.Message, Assert.Throws<FrameSourceException>(() => VideoFileSource.Open(path)).Message);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void A_cut_file_fails_where_decoding_stops_as_with_opencv()
    {
        using var source = FfmpegFileSource.Open(videos.Get("faststart-cut.mp4"), SideBySide.Tools());
        Assert.Equal(120, source.Info.FrameCount);

        var error = Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(source));

        Assert.Matches(TruncatedMessage(), error.Message);
        Assert.StartsWith(source.Info.Name + ": ", error.Message, StringComparison.Ordinal);
        Assert.InRange(source.FramesRead, 10, 100);
        Assert.False(source.TryReadFrame(out _));
        using var opencv = VideoFileSource.Open(videos.Get("faststart-cut.mp4"));
        Assert.Equal(Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(opencv)).Message, error.Message);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Reading_allocates_nothing_per_frame()
    {
        using var source = FfmpegFileSource.Open(videos.Get("h264-30.mp4"), SideBySide.Tools());
        Assert.True(source.LumaFromDecoder);

        var (frames, bytes) = SteadyState.Measure(source);

        Assert.Equal(60 - SteadyState.WarmUpFrames, frames);
        Assert.Equal(0, bytes);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Reading_converted_colour_allocates_nothing_per_frame()
    {
        using var source = FfmpegFileSource.Open(videos.Get("halves-yuv420p10.mp4"), SideBySide.Tools());
        Assert.False(source.LumaFromDecoder);

        var (frames, bytes) = SteadyState.Measure(source);

        Assert.Equal(10 - SteadyState.WarmUpFrames, frames);
        Assert.Equal(0, bytes);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Info_decoder_and_pixel_format_are_known_before_the_first_frame()
    {
        var path = videos.Get("h264-30.mp4");
        using var source = FfmpegFileSource.Open(path, SideBySide.Tools());

        Assert.Equal(new VideoInfo(path, 320, 240, new FrameRate(30, 1), 60, TimeSpan.FromSeconds(2), "h264"), source.Info);
        Assert.Equal("yuv420p", source.PixelFormat);
        Assert.StartsWith("ffmpeg ", source.Decoder, StringComparison.Ordinal);
        Assert.Equal(0, source.FramesRead);
        Assert.Equal((0, 240), (source.FirstRow, source.RowCount));
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Disposing_stops_ffmpeg_at_once()
    {
        var source = FfmpegFileSource.Open(decoderVideos.Get("long.mp4"), SideBySide.Tools());
        Assert.True(source.TryReadFrame(out _));
        var ffmpeg = Process.GetProcessById(source.ProcessId);

        source.Dispose();
        source.Dispose();

        Assert.True(ffmpeg.WaitForExit(5000), "ffmpeg still runs after Dispose");
        Assert.Throws<ObjectDisposedException>(() => source.TryReadFrame(out _));
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Cancelling_stops_ffmpeg_and_the_next_read_says_so()
    {
        using var cancel = new CancellationTokenSource();
        using var source = FfmpegFileSource.Open(decoderVideos.Get("long.mp4"), SideBySide.Tools(), null, cancel.Token);
        Assert.True(source.TryReadFrame(out _));
        var ffmpeg = Process.GetProcessById(source.ProcessId);

        cancel.Cancel();

        Assert.True(ffmpeg.WaitForExit(5000), "ffmpeg still runs after cancellation");
        Assert.Throws<OperationCanceledException>(() =>
        {
            while (source.TryReadFrame(out _))
            {
            }
        });
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void The_end_stays_the_end()
    {
        using var source = FfmpegFileSource.Open(videos.Get("mjpeg-30.mov"), SideBySide.Tools());

        Assert.Equal(30, FrameLog.ReadAll(source).Count);

        Assert.False(source.TryReadFrame(out _));
        Assert.False(source.TryReadFrame(out _));
        Assert.Equal(30, source.FramesRead);
    }

    /// <summary>
    /// With the regions named, only the rows they span come through the pipe: those rows are the
    /// full decode's, byte for byte (whatever the rounding of an odd height), the others are black.
    /// </summary>
    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("odd-height.mkv", 0.0, 0.75)]
    [InlineData("odd-height.mkv", 0.3333, 0.71)]
    [InlineData("odd-height.mkv", 0.5, 1.0)]
    [InlineData("odd-height.mkv", 0.995, 1.0)]
    [InlineData("pattern-rgb24.mov", 0.1, 0.35)]
    [InlineData("rotated-90.mp4", 0.2, 0.6)]
    public void Only_the_rows_of_the_regions_come_through(string name, double top, double bottom)
    {
        var path = decoderVideos.Get(name);
        NormalizedRect[] regions = [new(0.1, top, 0.5, (bottom - top) / 2), new(0.2, top + ((bottom - top) / 2), 0.8, (bottom - top) / 2)];
        using var whole = FfmpegFileSource.Open(path, SideBySide.Tools());
        using var band = FfmpegFileSource.Open(path, SideBySide.Tools(), regions);
        var height = whole.Info.Height;
        var covered = regions.Select(r => r.ToPixels(whole.Info.Width, height)).ToArray();
        var (first, count) = (band.FirstRow, band.RowCount);
        Assert.InRange(first, 0, covered.Min(r => r.Top));
        Assert.InRange(first + count, covered.Max(r => r.Bottom), height);
        Assert.True(count < height || (top == 0 && bottom == 1), $"rows {first}+{count} of {height}");

        var result = SideBySide.Compare(whole, band, (first, count));

        Assert.True(result.Frames > 0);
        Assert.Equal(0, result.DifferentPixels);
        Assert.Empty(result.TimestampMismatches);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Rows_outside_the_regions_are_black()
    {
        var path = decoderVideos.Get("odd-height.mkv");
        using var band = FfmpegFileSource.Open(path, SideBySide.Tools(), [new NormalizedRect(0, 0.4, 1, 0.2)]);

        Assert.True(band.TryReadFrame(out var frame));

        for (var y = 0; y < frame.Luma.Height; y++)
        {
            if (y < band.FirstRow || y >= band.FirstRow + band.RowCount)
            {
                Assert.Equal(-1, frame.Luma.Row(y).IndexOfAnyExcept((byte)0));
            }
        }
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void A_video_that_changes_size_midway_fails_in_one_line_where_it_does()
    {
        var path = decoderVideos.Get("size-change.ts");
        using var source = FfmpegFileSource.Open(path, SideBySide.Tools());

        var error = Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(source));

        Assert.Equal($"{path}: the frame size changes after frame 30 (from 320×240); Pix2Midi reads videos of one size", error.Message);
        Assert.False(source.TryReadFrame(out _));
    }

    [Fact]
    public void The_command_keeps_the_streams_own_range_and_timestamps_and_never_drops_a_frame()
    {
        var arguments = FfmpegFileSource.Arguments("/videos/a.mp4", lumaFirst: true, fpsMode: true, window: null);

        Assert.Contains("file:/videos/a.mp4", arguments);
        Assert.Equal("extractplanes=y,showinfo=checksum=0", arguments[arguments.ToList().IndexOf("-vf") + 1]);
        Assert.Equal("passthrough", arguments[arguments.ToList().IndexOf("-fps_mode") + 1]);
        Assert.Contains("-copyts", arguments);
        Assert.DoesNotContain("-pix_fmt", arguments);
    }


    [GeneratedRegex(@": the file is truncated or damaged: decoding stopped at frame \d+ of 120 \(\d+\.\d\d s of 4\.00 s\)$")]
    private static partial Regex TruncatedMessage();
}
