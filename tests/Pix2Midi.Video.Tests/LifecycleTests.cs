using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class LifecycleTests(VideoFixture videos)
{
    [ToolFact("ffmpeg")]
    public void Info_describes_the_video_before_the_first_frame_is_read()
    {
        var path = videos.Get("h264-30.mp4");
        using var source = VideoFileSource.Open(path);

        Assert.Equal(new VideoInfo(path, 320, 240, new FrameRate(30, 1), 60, TimeSpan.FromSeconds(2), "h264"), source.Info);
        Assert.Equal(0, source.FramesRead);
    }

    [ToolFact("ffmpeg")]
    public void The_end_of_the_video_stays_the_end()
    {
        using var source = VideoFileSource.Open(videos.Get("mjpeg-30.mov"));

        Assert.Equal(30, FrameLog.ReadAll(source).Count);

        Assert.False(source.TryReadFrame(out _));
        Assert.False(source.TryReadFrame(out _));
        Assert.Equal(30, source.FramesRead);
    }

    [ToolFact("ffmpeg")]
    public void A_disposed_source_refuses_to_read_and_may_be_disposed_again()
    {
        var source = VideoFileSource.Open(videos.Get("gray128.mkv"));
        Assert.True(source.TryReadFrame(out _));

        source.Dispose();
        source.Dispose();

        Assert.Throws<ObjectDisposedException>(() => source.TryReadFrame(out _));
    }

    [ToolFact("ffmpeg")]
    public void Many_sources_can_be_open_at_once()
    {
        using var first = VideoFileSource.Open(videos.Get("gray128.mkv"));
        using var second = VideoFileSource.Open(videos.Get("gray128.mkv"));

        Assert.True(first.TryReadFrame(out var a));
        Assert.Equal(0, a.Index);
        Assert.True(second.TryReadFrame(out var b));
        Assert.Equal(0, b.Index);
        Assert.True(first.TryReadFrame(out a));
        Assert.Equal(1, a.Index);
    }
}
