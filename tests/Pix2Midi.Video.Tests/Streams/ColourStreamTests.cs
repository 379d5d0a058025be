using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Streams;
using Pix2Midi.Video.Tests.Decoders;

namespace Pix2Midi.Video.Tests.Streams;

/// <summary>Colour from a stream URL (<see cref="StreamOptions.Planes"/>): a uniform picture served as MJPEG over HTTP on 127.0.0.1.</summary>
public class ColourStreamTests
{
    private static readonly ColourSourceTests.Area Middle = new(100, 50, 120, 80);

    [ToolTheory("ffmpeg")]
    [InlineData("red", 1.0, 0.0, 0.0)]
    [InlineData("lime", 0.0, 1.0, 0.0)]
    [InlineData("blue", 0.0, 0.0, 1.0)]
    public void A_coloured_stream_reads_in_its_colour(string colour, double red, double green, double blue)
    {
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform(colour));
        using var source = StreamSource.Open(server.Url, new StreamOptions { Planes = FramePlanes.Colour });

        for (var i = 0; i < 5; i++)
        {
            Assert.True(source.TryReadFrame(out var frame));
            Assert.Equal((160, 90, 1, 1), (frame.Chroma.Width, frame.Chroma.Height, frame.Chroma.ShiftX, frame.Chroma.ShiftY));
            Assert.True(frame.Chroma.FullRange);
            ColourSourceTests.AssertColour(frame, Middle, (red, green, blue), colour);
        }
    }

    [ToolFact("ffmpeg")]
    public void Asked_for_luma_a_stream_carries_no_colour_and_the_same_luma()
    {
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform("red"));
        using var second = new MjpegStreamServer(MjpegStreamServer.Uniform("red"));
        byte luma;
        using (var grey = StreamSource.Open(server.Url))
        {
            Assert.True(grey.TryReadFrame(out var g));
            Assert.True(g.Chroma.IsEmpty);
            luma = g.Luma.Row(90)[160];
        }

        // A server serves one reader; the second serves the same picture.
        using var colour = StreamSource.Open(second.Url, new StreamOptions { Planes = FramePlanes.Colour });
        Assert.True(colour.TryReadFrame(out var c));
        Assert.Equal(luma, c.Luma.Row(90)[160]);
    }

    [ToolFact("ffmpeg")]
    public void Reading_colour_allocates_nothing_per_frame()
    {
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform("red"));
        using var source = StreamSource.Open(server.Url, new StreamOptions { Planes = FramePlanes.Colour });
        for (var i = 0; i < 3; i++)
        {
            Assert.True(source.TryReadFrame(out _));
        }

        long sum = 0;
        var bytes = SteadyAllocation.Least(
            _ =>
            {
                Assert.True(source.TryReadFrame(out var frame));
                sum += frame.Chroma.V[0];
            },
            5);

        Assert.Equal(0, bytes);
        Assert.True(sum > 0);
    }
}
