using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class LumaTests(VideoFixture videos)
{
    [ToolFact("ffmpeg")]
    public void A_lossless_grey_video_is_128_in_every_pixel_of_every_frame()
    {
        using var source = VideoFileSource.Open(videos.Get("gray128.mkv"));

        var frames = FrameLog.ReadAll(source, luma =>
        {
            for (var y = 0; y < luma.Height; y++)
            {
                Assert.Equal(-1, luma.Row(y).IndexOfAnyExcept((byte)128));
            }
        });

        Assert.Equal(25, frames.Count);
        Assert.All(frames, f => Assert.Equal((64, 48), (f.Width, f.Height)));
    }

    /// <summary>The ramp videos hold luma = x + y (0 at the top left, 222 at the bottom right of 128×96).</summary>
    [ToolTheory("ffmpeg")]
    [InlineData("ramp-gray.mkv", 0)]
    [InlineData("ramp-yuv420p.mkv", 0)]
    [InlineData("ramp-yuv422p.mkv", 0)]
    [InlineData("ramp-yuv444p.mkv", 0)]
    [InlineData("ramp-nv12.nut", 0)]
    [InlineData("ramp-h264.mp4", 3)]
    public void Luma_is_the_encoded_ramp(string name, int tolerance)
    {
        using var source = VideoFileSource.Open(videos.Get(name));

        var frames = FrameLog.ReadAll(source, luma =>
        {
            Assert.Equal((128, 96), (luma.Width, luma.Height));
            Assert.InRange(luma.Row(0)[0], 0, tolerance);
            Assert.InRange(luma.Row(20)[10], 30 - tolerance, 30 + tolerance);
            Assert.InRange(luma.Row(95)[127], 222 - tolerance, 222 + tolerance);
            for (var y = 0; y < luma.Height; y++)
            {
                var row = luma.Row(y);
                for (var x = 0; x < luma.Width; x++)
                {
                    if (Math.Abs(row[x] - (x + y)) > tolerance)
                    {
                        Assert.Fail($"luma at ({x}, {y}) is {row[x]}, expected {x + y} ± {tolerance}");
                    }
                }
            }
        });

        Assert.Equal(10, frames.Count);
        Assert.True(source.LumaFromDecoder);
    }
}
