using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;
using Pix2Midi.Video.Files.Libav;

namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>
/// FFmpeg's libraries in process (<see cref="LibavFileSource"/>): the same lines as the ffmpeg
/// program for bad input, nothing allocated per frame when turning pictures (see
/// <see cref="AllocationTests"/> for the plain path), a clean end, Dispose and cancellation.
/// Frame-by-frame equivalence is in <see cref="DecoderEquivalenceTests"/> and <see cref="DamagedVideoTests"/>.
/// </summary>
[Collection(DecoderVideosCollection.Name)]
public sealed class LibavFileSourceTests(DecoderVideos decoderVideos, VideoFixture videos)
{
    [ToolFact("ffmpeg", "ffprobe")]
    public void The_libraries_that_come_with_ffmpeg_are_found_and_known()
    {
        Assert.True(LibavFileSource.IsAvailable, "the FFmpeg libraries beside the ffmpeg program were not loaded");
        Assert.NotNull(LibavRuntime.State.Layout);
        Assert.True(LibavRuntime.State.Layout!.Verified);
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(BadInputs.Cases), MemberType = typeof(BadInputs))]
    public void Opening_fails_with_the_same_line_as_the_ffmpeg_program(string name, string problem)
    {
        var path = BadInputs.Path(videos, name);

        var error = Assert.Throws<FrameSourceException>(() => LibavFileSource.Open(path));

        Assert.Equal($"{path}: {problem}", error.Message);
        Assert.Equal(error.Message, Assert.Throws<FrameSourceException>(() => FfmpegFileSource.Open(path, SideBySide.Tools())).Message);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void A_cut_file_fails_where_decoding_stops_as_with_the_ffmpeg_program()
    {
        var path = videos.Get("faststart-cut.mp4");
        using var source = LibavFileSource.Open(path);
        Assert.Equal(120, source.Info.FrameCount);

        var error = Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(source));

        Assert.StartsWith(source.Info.Name + ": the file is truncated or damaged: decoding stopped at frame ", error.Message, StringComparison.Ordinal);
        Assert.False(source.TryReadFrame(out _));
        using var ffmpeg = FfmpegFileSource.Open(path, SideBySide.Tools());
        Assert.Equal(Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(ffmpeg)).Message, error.Message);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Reading_a_turned_video_allocates_nothing_per_frame()
    {
        using var source = LibavFileSource.Open(decoderVideos.Get("rotated-90.mp4"));

        var (frames, bytes) = SteadyState.Measure(source);

        Assert.Equal(240 - SteadyState.WarmUpFrames, frames);
        Assert.Equal(0, bytes);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Info_decoder_and_pixel_format_are_known_before_the_first_frame()
    {
        var path = videos.Get("h264-30.mp4");
        using var source = LibavFileSource.Open(path);

        Assert.Equal(new VideoInfo(path, 320, 240, new FrameRate(30, 1), 60, TimeSpan.FromSeconds(2), "h264"), source.Info);
        Assert.Equal("yuv420p", source.PixelFormat);
        Assert.True(source.LumaFromDecoder);
        Assert.StartsWith("libav ", source.Decoder, StringComparison.Ordinal);
        Assert.Equal(0, source.FramesRead);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Disposing_twice_is_harmless_and_reading_after_it_is_refused()
    {
        var source = LibavFileSource.Open(decoderVideos.Get("long.mp4"));
        Assert.True(source.TryReadFrame(out _));
        Assert.True(source.TryReadFrame(out _));

        source.Dispose();
        source.Dispose();

        Assert.Throws<ObjectDisposedException>(() => source.TryReadFrame(out _));
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Cancelling_stops_reading_at_the_next_frame()
    {
        using var cancel = new CancellationTokenSource();
        using var source = LibavFileSource.Open(decoderVideos.Get("long.mp4"), cancel.Token);
        Assert.True(source.TryReadFrame(out _));
        Assert.True(source.TryReadFrame(out _));

        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => source.TryReadFrame(out _));
        Assert.Equal(2, source.FramesRead);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void A_token_cancelled_before_opening_opens_nothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => LibavFileSource.Open(videos.Get("h264-30.mp4"), cancel.Token));
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void The_end_stays_the_end()
    {
        using var source = LibavFileSource.Open(videos.Get("mjpeg-30.mov"));

        Assert.Equal(30, FrameLog.ReadAll(source).Count);

        Assert.False(source.TryReadFrame(out _));
        Assert.False(source.TryReadFrame(out _));
        Assert.Equal(30, source.FramesRead);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void A_video_that_changes_size_midway_fails_with_the_ffmpeg_programs_line()
    {
        var path = decoderVideos.Get("size-change.ts");
        using var source = LibavFileSource.Open(path);

        var error = Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(source));

        Assert.Equal($"{path}: the frame size changes after frame 30 (from 320×240); Pix2Midi reads videos of one size", error.Message);
        Assert.False(source.TryReadFrame(out _));
    }

    /// <summary>Pixel formats whose first plane is not 8-bit luma are refused in one line, and auto goes on to the ffmpeg program.</summary>
    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("pattern-rgb24.mov", "rgb24")]
    [InlineData("pattern-yuyv422.avi", "yuyv422")]
    [InlineData("pattern-yuv420p10.mp4", "yuv420p10le")]
    public void Other_pixel_formats_are_left_to_the_ffmpeg_program(string name, string format)
    {
        var path = decoderVideos.Get(name);

        var error = Assert.Throws<FrameSourceException>(() => LibavFileSource.Open(path));
        using var auto = VideoFiles.Open(path, VideoDecoder.Auto);

        Assert.Equal($"{path}: --decoder libav reads video whose pixels are 8-bit YUV or grey, and this one is {format}; use --decoder ffmpeg or auto", error.Message);
        Assert.IsType<FfmpegFileSource>(auto);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Auto_reads_with_the_libraries_when_they_are_installed()
    {
        using var source = VideoFiles.Open(videos.Get("h264-30.mp4"), VideoDecoder.Auto);

        Assert.IsType<LibavFileSource>(source);
    }

    [Fact]
    public void Missing_libraries_are_one_line_saying_what_to_install()
    {
        var error = LibavRuntime.Unavailable("/videos/a.mp4", LibavState.Missing);

        Assert.StartsWith("/videos/a.mp4: --decoder libav needs FFmpeg's shared libraries (libavformat, libavcodec, libavutil), and they were not found; install them (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(") or use --decoder ffmpeg", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains("sudo apt install ffmpeg", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Libraries_of_an_unknown_version_are_named_and_not_used()
    {
        var error = LibavRuntime.Unavailable("/videos/a.mp4", new LibavState(null, string.Empty, string.Empty, 64));

        Assert.Equal("/videos/a.mp4: --decoder libav knows FFmpeg's libraries 9.x (libavformat 63), 8.x (libavformat 62), 7.x (libavformat 61), 6.x (libavformat 60), 5.x (libavformat 59), and the ones installed are libavformat 64; use --decoder ffmpeg", error.Message);
    }

    [Fact]
    public void Every_known_layout_names_one_set_of_majors()
    {
        Assert.All(LibavLayout.Known, k => Assert.True(k.FormatMajor > 0 && k.CodecMajor > 0 && k.UtilMajor > 0));
        Assert.Equal(LibavLayout.Known.Count, LibavLayout.Known.Select(k => k.FormatMajor).Distinct().Count());
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(["libavformat.so.59"], LibavRuntime.Candidates("avformat", 59));
        }
    }
}
