using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class TimestampTests(VideoFixture videos)
{
    [ToolTheory("ffmpeg")]
    [InlineData("h264-30.mp4", 30, 1, 60, "h264")]
    [InlineData("mpeg4-25.avi", 25, 1, 50, "FMP4")]
    [InlineData("h264-ntsc.mov", 30000, 1001, 60, "h264")]
    [InlineData("mjpeg-30.mov", 30, 1, 30, "MJPG")]
    public void Constant_rate_frames_are_at_index_over_rate(string name, int numerator, int denominator, int count, string codec)
    {
        using var source = VideoFileSource.Open(videos.Get(name));

        var frames = FrameLog.ReadAll(source);

        Assert.Equal(new FrameRate(numerator, denominator), source.Info.NominalRate);
        Assert.Equal(count, source.Info.FrameCount);
        Assert.Equal(codec, source.Info.Codec);
        Assert.Equal(count, frames.Count);
        foreach (var frame in frames)
        {
            var expectedTicks = (double)frame.Index * denominator * TimeSpan.TicksPerSecond / numerator;
            Assert.InRange(frame.Timestamp.Ticks, Math.Floor(expectedTicks) - 1, Math.Ceiling(expectedTicks) + 1);
        }

        Assert.Equal(Enumerable.Range(0, count).Select(i => (long)i), frames.Select(f => f.Index));
        Assert.Equal(0, source.RepairedTimestamps);
        Assert.Equal(TimeSpan.Zero, source.StartOffset);
    }

    [ToolFact("ffmpeg")]
    public void Variable_rate_gaps_come_from_the_container_not_the_index()
    {
        using var source = VideoFileSource.Open(videos.Get("vfr.mkv"));

        var frames = FrameLog.ReadAll(source);

        // Frames 0-9 are 2/30 s apart, the rest 1/30 s; Matroska keeps milliseconds.
        Assert.Equal(50, frames.Count);
        for (var n = 0; n < frames.Count; n++)
        {
            var expected = (n < 10 ? n * 2 : n + 10) / 30.0;
            Assert.InRange(frames[n].Timestamp.TotalSeconds, expected - 0.001, expected + 0.001);
        }

        Assert.Equal(0, source.RepairedTimestamps);
        Assert.True(source.Info.FrameCount > frames.Count, "the container's estimate counts 2 s at 30 fps; the video has fewer frames");
    }

    [ToolFact("ffmpeg")]
    public void A_stream_without_timestamps_gets_increasing_ones_from_the_nominal_rate()
    {
        using var source = VideoFileSource.Open(videos.Get("no-timestamps.h264"));

        var frames = FrameLog.ReadAll(source);

        Assert.Equal(60, frames.Count);
        Assert.Null(source.Info.FrameCount);
        var step = source.Info.NominalRate?.FrameDuration ?? TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 30);
        Assert.Equal(frames.Select(f => f.Index * step.Ticks), frames.Select(f => f.Timestamp.Ticks));
        Assert.Equal(59, source.RepairedTimestamps);
    }

    [ToolFact("ffmpeg")]
    public void An_implausible_rate_is_dropped_but_the_container_timestamps_are_kept()
    {
        using var source = VideoFileSource.Open(videos.Get("one-per-100s.avi"));

        var frames = FrameLog.ReadAll(source);

        Assert.Null(source.Info.NominalRate);
        Assert.Null(source.Info.Duration);
        Assert.Equal([0, 100, 200, 300, 400], frames.Select(f => f.Timestamp.TotalSeconds));
        Assert.Equal(0, source.RepairedTimestamps);
    }

    [ToolFact("ffmpeg")]
    public void Timestamps_that_collide_at_millisecond_resolution_are_repaired()
    {
        using var source = VideoFileSource.Open(videos.Get("5000fps.mkv"));

        var frames = FrameLog.ReadAll(source);

        Assert.Equal(10, frames.Count);
        Assert.All(frames.Zip(frames.Skip(1)), pair => Assert.True(pair.Second.Timestamp > pair.First.Timestamp));
        Assert.InRange(source.RepairedTimestamps, 1, 9);
    }

    [ToolFact("ffmpeg")]
    public void A_stream_joined_late_starts_at_zero_and_reports_where_it_started()
    {
        using var source = VideoFileSource.Open(videos.Get("front-cut.ts"));

        var frames = FrameLog.ReadAll(source);

        // Its first decodable frame is the first key frame after the cut, well after the stream's start.
        Assert.InRange(source.StartOffset, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, frames[0].Timestamp);
        Assert.All(frames, f => Assert.Equal(f.Index * TimeSpan.TicksPerSecond / 30.0, f.Timestamp.Ticks, 1.0));
        Assert.Equal(0, source.RepairedTimestamps);
        Assert.True(source.Info.FrameCount > frames.Count, "the count is estimated from the whole stream's duration");
    }

    [ToolFact("ffmpeg")]
    public void An_mp4_trimmed_without_reencoding_is_not_mistaken_for_a_truncated_one()
    {
        using var source = VideoFileSource.Open(videos.Get("trimmed-copy.mp4"));

        var frames = FrameLog.ReadAll(source);

        // Its index still lists the frames before the cut that its edit list hides.
        Assert.True(source.Info.FrameCount > frames.Count + 50, $"announced {source.Info.FrameCount}, decoded {frames.Count}");
        Assert.InRange(frames.Count, 85, 95);
        Assert.False(source.TryReadFrame(out _));
    }
}
