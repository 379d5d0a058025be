using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>
/// The ffmpeg program and OpenCV decode the same file to the same frames: same count, same
/// timestamps to the tick, same luma (exactly where luma is the decoder's own plane; within a
/// few levels where both convert from colour through different swscale versions). FFmpeg's
/// libraries in process give exactly the ffmpeg program's frames, info and repairs, and refuse
/// the formats that need converting (which auto then leaves to the program).
/// </summary>
[Collection(DecoderVideosCollection.Name)]
public sealed class DecoderEquivalenceTests(DecoderVideos decoderVideos, VideoFixture videos)
{
    public static TheoryData<string> LumaPlaneVideos =>
    [
        "gray128.mkv", "ramp-gray.mkv", "ramp-yuv420p.mkv", "ramp-yuv422p.mkv", "ramp-yuv444p.mkv", "ramp-nv12.nut",
        "ramp-h264.mp4", "halves-yuv420p.mkv", "h264-30.mp4", "mpeg4-25.avi", "h264-ntsc.mov", "mjpeg-30.mov", "vfr.mkv",
        "one-per-100s.avi", "5000fps.mkv", "front-cut.ts", "trimmed-copy.mp4",
    ];

    public static TheoryData<string> FormatMatrix =>
    [
        "mpeg4.avi", "mjpeg.mov", "h264-25fps.mp4", "h264-ntsc.mov", "h264-60fps.mkv", "vp9.webm", "vfr.mkv", "yuv444.mp4", "rgb-png.mov",
    ];

    /// <summary>Both decoders turn a picture the container says to show rotated, the same way.</summary>
    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("rotated-90.mp4", 240, 320)]
    [InlineData("rotated-270.mp4", 240, 320)]
    [InlineData("rotated-180.mp4", 320, 240)]
    public void Rotated_videos_decode_identically(string name, int width, int height)
    {
        var path = decoderVideos.Get(name);
        using (var ffmpeg = FfmpegFileSource.Open(path, SideBySide.Tools()))
        {
            Assert.Equal((width, height), (ffmpeg.Info.Width, ffmpeg.Info.Height));
        }

        AssertIdentical(path, maxDifference: 0);
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(LumaPlaneVideos))]
    public void The_test_videos_decode_identically(string name) => AssertIdentical(videos.Get(name), maxDifference: 0);

    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(FormatMatrix))]
    public void The_calibration_sample_decodes_identically_in_every_format(string name) => AssertIdentical(decoderVideos.Get(name), maxDifference: 0);

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("calibration.mp4")]
    [InlineData("fireworks.mp4")]
    public void The_sample_videos_decode_identically(string name) => AssertIdentical(RepoPaths.SampleVideo(name), maxDifference: 0);

    /// <summary>
    /// RGB comes as BGR and is converted with OpenCV's own weights: exact. Packed and 10-bit YUV are
    /// converted to BGR by swscale in both, in different FFmpeg versions: a level or three apart.
    /// </summary>
    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("halves-rgb24.mov", 0)]
    [InlineData("halves-yuyv422.avi", 3)]
    [InlineData("halves-yuv420p10.mp4", 3)]
    public void Converted_test_videos_match_closely(string name, int maxDifference) => AssertIdentical(videos.Get(name), maxDifference);

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("pattern-rgb24.mov", 0)]
    [InlineData("pattern-yuyv422.avi", 3)]
    [InlineData("pattern-yuv420p10.mp4", 3)]
    public void Converted_colour_pictures_match_closely(string name, int maxDifference) => AssertIdentical(decoderVideos.Get(name), maxDifference);

    /// <summary>
    /// A raw H.264 stream has no timestamps: both decoders number its frames from the nominal rate,
    /// which each FFmpeg version guesses for itself (this system's ffmpeg reads the stream's own 30
    /// fps; OpenCV's bundled one has guessed 25). The pictures are the same.
    /// </summary>
    [ToolFact("ffmpeg", "ffprobe")]
    public void A_stream_without_timestamps_is_numbered_from_its_rate_by_both()
    {
        var path = videos.Get("no-timestamps.h264");
        using var opencv = VideoFileSource.Open(path);
        using var ffmpeg = FfmpegFileSource.Open(path, SideBySide.Tools());

        var opencvStep = opencv.Info.NominalRate?.FrameDuration ?? TimeSpan.FromSeconds(1.0 / 30);
        var ffmpegStep = ffmpeg.Info.NominalRate?.FrameDuration ?? TimeSpan.FromSeconds(1.0 / 30);
        var opencvTimes = new List<long>();
        var ffmpegTimes = new List<long>();
        var frames = 0;
        while (opencv.TryReadFrame(out var o) & ffmpeg.TryReadFrame(out var f))
        {
            Assert.True(o.Luma.Pixels.SequenceEqual(f.Luma.Pixels), $"frame {frames} differs");
            opencvTimes.Add(o.Timestamp.Ticks);
            ffmpegTimes.Add(f.Timestamp.Ticks);
            frames++;
        }

        Assert.Equal(60, frames);
        Assert.Equal(new FrameRate(30, 1), ffmpeg.Info.NominalRate);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => i * opencvStep.Ticks), opencvTimes);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => i * ffmpegStep.Ticks), ffmpegTimes);
        Assert.Equal(59, ffmpeg.RepairedTimestamps);
        Assert.Equal(opencv.RepairedTimestamps, ffmpeg.RepairedTimestamps);
        AssertLibavMatchesFfmpeg(path);
    }

    private static void AssertIdentical(string path, int maxDifference)
    {
        using var opencv = VideoFileSource.Open(path);
        using var ffmpeg = FfmpegFileSource.Open(path, SideBySide.Tools());
        Assert.Equal(opencv.Info, ffmpeg.Info);
        Assert.Equal(opencv.LumaFromDecoder, ffmpeg.LumaFromDecoder);

        var result = SideBySide.Compare(opencv, ffmpeg);

        Assert.True(result.Frames > 0);
        Assert.True(result.TimestampMismatches.Count == 0, string.Join("; ", result.TimestampMismatches.Take(5)));
        Assert.True(result.MaxLumaDifference <= maxDifference, $"{result.DifferentPixels} pixels differ, by up to {result.MaxLumaDifference}");
        Assert.Equal(opencv.RepairedTimestamps, ffmpeg.RepairedTimestamps);
        Assert.Equal(opencv.StartOffset, ffmpeg.StartOffset);
        Assert.Equal(0, ffmpeg.SkippedFrames);
        Assert.Equal(0, opencv.SkippedFrames);
        AssertLibavMatchesFfmpeg(path);
    }

    /// <summary>The in-process decoder gives the ffmpeg program's frames to the byte and the tick, or refuses a format it would have to convert.</summary>
    private static void AssertLibavMatchesFfmpeg(string path)
    {
        using var ffmpeg = FfmpegFileSource.Open(path, SideBySide.Tools());
        if (!ffmpeg.LumaFromDecoder)
        {
            Assert.Contains("--decoder libav reads video whose pixels are 8-bit YUV or grey", Assert.Throws<FrameSourceException>(() => LibavFileSource.Open(path)).Message, StringComparison.Ordinal);
            return;
        }

        using var libav = LibavFileSource.Open(path);
        Assert.Equal(ffmpeg.Info, libav.Info);
        Assert.Equal(ffmpeg.PixelFormat, libav.PixelFormat);

        var result = SideBySide.Compare(ffmpeg, libav);

        Assert.True(result.Frames > 0);
        Assert.True(result.TimestampMismatches.Count == 0, string.Join("; ", result.TimestampMismatches.Take(5)));
        Assert.True(result.DifferentPixels == 0, $"{result.DifferentPixels} pixels differ, by up to {result.MaxLumaDifference}");
        Assert.Equal(ffmpeg.RepairedTimestamps, libav.RepairedTimestamps);
        Assert.Equal(ffmpeg.StartOffset, libav.StartOffset);
        Assert.Equal(0, libav.SkippedFrames);
    }
}
