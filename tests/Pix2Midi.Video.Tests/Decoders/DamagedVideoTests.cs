using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>
/// A video damaged in the middle is read to its end by both decoders: the frames the decoder
/// cannot decode are skipped and counted, every other frame keeps its own time from the
/// container, and the places of the skipped frames are where the damage is. FFmpeg's libraries
/// in process skip exactly what the ffmpeg program skips.
/// </summary>
[Collection(DecoderVideosCollection.Name)]
public sealed class DamagedVideoTests(DecoderVideos videos)
{
    /// <summary>The damaged files, with the video time (seconds) the damage starts at.</summary>
    public static TheoryData<string, double, string> Damaged => new()
    {
        { "noise-h264.mp4", 120 / 30.0, "ffmpeg" },
        { "noise-h264.mp4", 120 / 30.0, "opencv" },
        { "noise-h264.mp4", 120 / 30.0, "libav" },
        { "noise-mpeg4.avi", 100 / 25.0, "ffmpeg" },
        { "noise-mpeg4.avi", 100 / 25.0, "opencv" },
        { "noise-mpeg4.avi", 100 / 25.0, "libav" },
        { "overwritten-h264.mp4", 0, "ffmpeg" },
        { "overwritten-h264.mp4", 0, "opencv" },
        { "overwritten-h264.mp4", 0, "libav" },
    };

    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(Damaged))]
    public void Every_frame_after_the_damage_is_read_at_its_own_time(string name, double damagedAt, string decoder)
    {
        var path = videos.Get(name);
        var packets = DecoderVideos.PacketTimes(path);
        using var source = Open(path, decoder);

        var frames = FrameLog.ReadAll(source);

        // Every frame is at one of the container's own times, in order, through to the last one.
        Assert.All(frames, f => Assert.Contains(packets, p => Math.Abs(p - f.Timestamp.TotalSeconds) < 1e-6));
        Assert.Equal(packets[^1], frames[^1].Timestamp.TotalSeconds, 6);
        Assert.Equal(Enumerable.Range(0, frames.Count).Select(i => (long)i), frames.Select(f => f.Index));

        // What is missing was skipped, and counted.
        Assert.InRange(source.SkippedFrames, 1, 10);
        Assert.Equal(packets.Length, frames.Count + source.SkippedFrames);
        var missing = packets.Where(p => !frames.Any(f => Math.Abs(p - f.Timestamp.TotalSeconds) < 1e-6)).ToArray();
        var spans = source.SkippedSpans();
        Assert.NotEmpty(spans);
        Assert.Equal(source.SkippedFrames, spans.Sum(s => s.Frames));
        foreach (var time in missing)
        {
            Assert.Contains(spans, s => time >= s.From.TotalSeconds - 1e-6 && time <= s.To.TotalSeconds + 1e-6);
        }

        if (damagedAt > 0)
        {
            Assert.All(spans, s => Assert.InRange(s.From.TotalSeconds, damagedAt - 0.6, damagedAt + 0.6));
        }
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("noise-h264.mp4")]
    [InlineData("noise-mpeg4.avi")]
    public void Both_decoders_skip_the_same_frames(string name)
    {
        var path = videos.Get(name);
        using var opencv = VideoFileSource.Open(path);
        using var ffmpeg = FfmpegFileSource.Open(path, SideBySide.Tools());

        var result = SideBySide.Compare(opencv, ffmpeg);

        Assert.Empty(result.TimestampMismatches);
        Assert.Equal(opencv.SkippedFrames, ffmpeg.SkippedFrames);
        Assert.Equal(opencv.SkippedSpans(), ffmpeg.SkippedSpans());
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("noise-h264.mp4")]
    [InlineData("noise-mpeg4.avi")]
    [InlineData("overwritten-h264.mp4")]
    public void The_libraries_skip_what_the_ffmpeg_program_skips(string name)
    {
        var path = videos.Get(name);
        using var ffmpeg = FfmpegFileSource.Open(path, SideBySide.Tools());
        using var libav = LibavFileSource.Open(path);

        var result = SideBySide.Compare(ffmpeg, libav);

        Assert.Empty(result.TimestampMismatches);
        Assert.Equal(0, result.DifferentPixels);
        Assert.Equal(ffmpeg.SkippedFrames, libav.SkippedFrames);
        Assert.Equal(ffmpeg.SkippedSpans(), libav.SkippedSpans());
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void An_undamaged_file_skips_nothing()
    {
        using var source = FfmpegFileSource.Open(videos.Get("h264-8s.mp4"), SideBySide.Tools());

        Assert.Equal(240, FrameLog.ReadAll(source).Count);

        Assert.Equal(0, source.SkippedFrames);
        Assert.Empty(source.SkippedSpans());
    }

    private static IVideoFileSource Open(string path, string decoder) => decoder switch
    {
        "ffmpeg" => FfmpegFileSource.Open(path, SideBySide.Tools()),
        "libav" => LibavFileSource.Open(path),
        _ => VideoFileSource.Open(path),
    };
}
