using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class PixelPathTests(VideoFixture videos)
{
    [ToolTheory("ffmpeg")]
    [InlineData("gray128.mkv", "Y800", true)]
    [InlineData("halves-yuv420p.mkv", "I420", true)]
    [InlineData("ramp-yuv422p.mkv", "Y42B", true)]
    [InlineData("ramp-yuv444p.mkv", "444P", true)]
    [InlineData("ramp-nv12.nut", "NV12", true)]
    [InlineData("mjpeg-30.mov", "I420", true)] // yuvj420p
    [InlineData("halves-rgb24.mov", "RGB\\x18", false)]
    [InlineData("halves-yuyv422.avi", "YUY2", false)]
    [InlineData("halves-yuv420p10.mp4", "Y3\\x0b\\x0a", false)]
    public void The_path_follows_the_decoders_pixel_format(string name, string pixelFormat, bool fromDecoder)
    {
        using var source = VideoFileSource.Open(videos.Get(name));

        Assert.Equal(pixelFormat, source.PixelFormat);
        Assert.Equal(fromDecoder, source.LumaFromDecoder);
    }

    /// <summary>The halves videos are white on the left and black on the right.</summary>
    [ToolTheory("ffmpeg")]
    [InlineData("halves-rgb24.mov")]
    [InlineData("halves-yuyv422.avi")]
    [InlineData("halves-yuv420p10.mp4")]
    [InlineData("halves-yuv420p.mkv")]
    public void Every_path_gives_plausible_luma(string name)
    {
        using var source = VideoFileSource.Open(videos.Get(name));

        var frames = FrameLog.ReadAll(source, luma =>
        {
            Assert.Equal((64, 48), (luma.Width, luma.Height));
            for (var y = 0; y < luma.Height; y++)
            {
                Assert.InRange(luma.Row(y)[8], 230, 255);
                Assert.InRange(luma.Row(y)[56], 0, 25);
            }
        });

        Assert.Equal(10, frames.Count);
    }
}
