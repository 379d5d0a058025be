using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Tests.Analysis;

public class ColourSamplerTests
{
    private const int Width = 64;
    private const int Height = 32;

    private static readonly NormalizedRect Whole = new(0, 0, 1, 1);
    private static readonly NormalizedRect LeftHalf = new(0, 0, 0.5, 1);

    private static ColourKey Key(string name) => ColourKey.Parse(name)!;

    private static RegionMeasurement[] Measure(ColourFrame frame, params ColourRegion[] regions)
    {
        var sampler = new ColourSampler(regions, frame.Width, frame.Height, measureMotion: false, measureChange: false);
        var output = new RegionMeasurement[regions.Length];
        sampler.Measure(frame.Luma, frame.Chroma, output);
        return output;
    }

    [Fact]
    public void A_red_region_sees_only_the_red_pixels()
    {
        // Red fills the left quarter, green the right quarter, white a strip in the middle.
        var frame = new ColourFrame(Width, Height)
            .Fill(0, 0, 16, 32, 1, 0, 0)
            .Fill(48, 0, 16, 32, 0, 1, 0)
            .Fill(28, 0, 8, 32, 1, 1, 1);
        var m = Measure(frame, new(Whole, Key("red")), new(Whole, Key("green")), new(Whole, Key("white")), new(Whole, Key("blue")));

        Assert.Equal(0.25, m[0].Coverage, 3);
        Assert.Equal(0.25, m[1].Coverage, 3);
        Assert.Equal(0.125, m[2].Coverage, 3);
        Assert.Equal(0, m[3].Coverage);

        // Only red's pixels count: its brightness is red's luma over a quarter of the region.
        var redLuma = YuvColour.FromRgb(1, 0, 0).Y;
        Assert.Equal(redLuma * 0.25 / 255, m[0].Mean, 3);
        Assert.Equal(redLuma / 255f, m[0].Peak, 3);
        Assert.Equal(0, m[3].Mean);
        Assert.Equal(0, m[3].Peak);

        Assert.InRange(m[0].Red, 0.95, 1);
        Assert.InRange(m[0].Green, 0, 0.05);
        Assert.InRange(m[1].Green, 0.95, 1);
        Assert.InRange(m[1].Red, 0, 0.05);
    }

    [Fact]
    public void The_centre_of_a_colour_tells_where_it_is()
    {
        var frame = new ColourFrame(Width, Height)
            .Fill(0, 0, 8, 8, 1, 0, 0)       // red, top left
            .Fill(56, 24, 8, 8, 0, 1, 0);    // green, bottom right
        var m = Measure(frame, new(Whole, Key("red")), new(Whole, Key("green")));

        Assert.Equal(4.0 / Width, m[0].X, 3);
        Assert.Equal(1 - (4.0 / Height), m[0].Y, 3);
        Assert.Equal(60.0 / Width, m[1].X, 3);
        Assert.Equal(4.0 / Height, m[1].Y, 3);
    }

    [Fact]
    public void Without_a_colour_the_centre_follows_the_bright_pixels()
    {
        var frame = new ColourFrame(Width, Height).Fill(48, 0, 16, 16, 1, 1, 1);
        var m = Measure(frame, new ColourRegion(Whole, null));
        Assert.Equal(56.0 / Width, m[0].X, 3);
        Assert.Equal(1 - (8.0 / Height), m[0].Y, 3);

        // Nothing bright: the middle.
        var dark = Measure(new ColourFrame(Width, Height), new ColourRegion(Whole, null));
        Assert.Equal(0.5f, dark[0].X);
        Assert.Equal(0.5f, dark[0].Y);
    }

    [Theory]
    [InlineData(1, 0, 0, 0.0)]
    [InlineData(1, 0.5, 0, 30 / 360.0)]
    [InlineData(0, 1, 0, 120 / 360.0)]
    [InlineData(0, 1, 1, 180 / 360.0)]
    [InlineData(0, 0, 1, 240 / 360.0)]
    [InlineData(1, 0, 1, 300 / 360.0)]
    public void Hue_goes_round_the_wheel(double red, double green, double blue, double hue)
    {
        var frame = new ColourFrame(Width, Height).Fill(0, 0, 32, 32, red, green, blue);
        var m = Measure(frame, new ColourRegion(Whole, null));

        // Rounded to 8-bit Y'CbCr and back: within a degree or two round the wheel.
        Assert.InRange(ColourKey.Distance(m[0].Hue, hue), 0, 0.01);
        Assert.Equal(0.5, m[0].Coverage, 3);
        Assert.InRange(m[0].Saturation, 0.9, 1);
    }

    [Fact]
    public void A_colour_keyed_region_ignores_white_and_white_ignores_colours()
    {
        var white = new ColourFrame(Width, Height).Fill(0, 0, 64, 32, 1, 1, 1);
        var yellow = new ColourFrame(Width, Height).Fill(0, 0, 64, 32, 1, 1, 0);
        Assert.Equal(0, Measure(white, new ColourRegion(Whole, Key("yellow")))[0].Coverage);
        Assert.Equal(1, Measure(white, new ColourRegion(Whole, Key("white")))[0].Coverage, 3);
        Assert.Equal(0, Measure(yellow, new ColourRegion(Whole, Key("white")))[0].Coverage);
        Assert.Equal(1, Measure(yellow, new ColourRegion(Whole, Key("yellow")))[0].Coverage, 3);

        // A dim grey is not white.
        var grey = new ColourFrame(Width, Height).Fill(0, 0, 64, 32, 0.4, 0.4, 0.4);
        Assert.Equal(0, Measure(grey, new ColourRegion(Whole, Key("white")))[0].Coverage);
    }

    [Fact]
    public void A_grey_frame_has_no_colour()
    {
        var frame = new ColourFrame(Width, Height).Fill(0, 0, 64, 32, 1, 1, 1);
        var sampler = new ColourSampler([new(Whole, Key("red")), new(Whole, Key("white")), new(Whole, null)], Width, Height, false, false);
        var output = new RegionMeasurement[3];
        sampler.Measure(frame.Luma, default, output);
        Assert.Equal(0, output[0].Coverage);
        Assert.Equal(1, output[1].Coverage, 3);
        Assert.Equal(0, output[2].Coverage);
        Assert.Equal(frame.Y[0] / 255.0, output[2].Mean, 3);
    }

    [Fact]
    public void Change_ignores_a_constant_light_and_hears_a_new_one()
    {
        var sampler = new ColourSampler([new(LeftHalf, null), new(Whole, Key("red"))], Width, Height, measureMotion: true, measureChange: true);
        var output = new RegionMeasurement[2];
        var lamp = new ColourFrame(Width, Height).Fill(0, 0, 16, 16, 1, 1, 1);
        for (var i = 0; i < 5; i++)
        {
            sampler.Measure(lamp.Luma, lamp.Chroma, output);
            Assert.Equal(0, output[0].Change);
            Assert.Equal(0, output[0].Motion);
        }

        // A red light comes on and stays: change goes on hearing it, motion only on the frame it came.
        var burst = new ColourFrame(Width, Height).Fill(0, 0, 16, 16, 1, 1, 1).Fill(16, 16, 16, 16, 1, 0, 0);
        sampler.Measure(burst.Luma, burst.Chroma, output);
        Assert.True(output[0].Motion > 0);
        Assert.True(output[1].Motion > 0);
        sampler.Measure(burst.Luma, burst.Chroma, output);
        Assert.Equal(0, output[0].Motion);
        var redLuma = YuvColour.FromRgb(1, 0, 0).Y;
        var blackLuma = YuvColour.FromRgb(0, 0, 0).Y;
        Assert.Equal((redLuma - blackLuma) * 256.0 / (32 * 32 * 255), output[0].Change, 3);
        Assert.Equal(redLuma * 256.0 / (64 * 32 * 255), output[1].Change, 3);

        // A new reference: the red light is part of the picture now.
        sampler.TakeReference();
        sampler.Measure(burst.Luma, burst.Chroma, output);
        Assert.Equal(0, output[0].Change);
        Assert.Equal(0, output[1].Change);
    }

    [Fact]
    public void Full_range_chroma_reads_the_same_colours()
    {
        var frame = new ColourFrame(Width, Height);
        var (y, u, v) = YuvColour.FromRgb(0, 1, 0, fullRange: true);
        frame.Y.AsSpan().Fill(y);
        frame.U.AsSpan().Fill(u);
        frame.V.AsSpan().Fill(v);
        var sampler = new ColourSampler([new(Whole, Key("green"))], Width, Height, false, false);
        var output = new RegionMeasurement[1];
        sampler.Measure(frame.Luma, new ChromaPlanes(frame.ChromaWidth, frame.ChromaHeight, frame.ChromaWidth, 1, 1, frame.U, frame.V, fullRange: true), output);
        Assert.Equal(1, output[0].Coverage, 3);
        Assert.InRange(output[0].Green, 0.95, 1);
    }

    [Fact]
    public void Measuring_allocates_nothing()
    {
        var sampler = new ColourSampler([new(LeftHalf, Key("red")), new(Whole, null), new(Whole, Key("white"))], Width, Height, true, true);
        var a = new ColourFrame(Width, Height).Fill(0, 0, 16, 16, 1, 0, 0);
        var b = new ColourFrame(Width, Height).Fill(16, 0, 16, 16, 1, 1, 1);
        var output = new RegionMeasurement[3];
        sampler.Measure(a.Luma, a.Chroma, output);
        Assert.Equal(0, SteadyAllocation.Least(i => sampler.Measure((i % 2 == 0 ? b : a).Luma, (i % 2 == 0 ? b : a).Chroma, output), 100));
    }
}
