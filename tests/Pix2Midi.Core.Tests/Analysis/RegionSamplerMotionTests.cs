using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Tests.Analysis;

public class RegionSamplerMotionTests
{
    private const int Width = 64;
    private const int Height = 32;

    private static RegionMeasurement[] Measure(RegionSampler sampler, byte[] pixels)
    {
        var output = new RegionMeasurement[sampler.RegionCount];
        sampler.Measure(new LumaPlane(Width, Height, Width, pixels), output);
        return output;
    }

    [Fact]
    public void Motion_is_the_mean_absolute_change_of_each_region_since_the_previous_frame()
    {
        var sampler = new RegionSampler([new NormalizedRect(0, 0, 0.5, 1), new NormalizedRect(0.5, 0, 0.5, 1), NormalizedRect.Full], Width, Height, measurePeaks: false, measureMotion: true);
        var first = new byte[Width * Height];
        var second = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < 16; x++)
            {
                // A quarter of the left half goes from 0 to 255; elsewhere a gradient falls by 10.
                second[(y * Width) + x] = 255;
            }

            for (var x = 32; x < Width; x++)
            {
                first[(y * Width) + x] = (byte)(x * 2);
                second[(y * Width) + x] = (byte)((x * 2) - 10);
            }
        }

        var atFirst = Measure(sampler, first);
        var atSecond = Measure(sampler, second);

        Assert.All(atFirst, m => Assert.Equal(0, m.Motion));
        Assert.Equal(0.5, atSecond[0].Motion, 5);
        Assert.Equal(10 / 255.0, atSecond[1].Motion, 5);
        Assert.Equal((0.5 + (10 / 255.0)) / 2, atSecond[2].Motion, 5);
    }

    [Fact]
    public void A_replacement_sampler_continues_from_the_last_frame()
    {
        var frame = Enumerable.Range(0, Width * Height).Select(i => (byte)(i % 251)).ToArray();
        var first = new RegionSampler([NormalizedRect.Full], Width, Height, false, measureMotion: true);
        Measure(first, frame);

        var second = new RegionSampler([new NormalizedRect(0, 0, 0.25, 0.5)], Width, Height, false, measureMotion: true);
        second.ContinueFrom(first);

        Assert.Equal(0, Measure(second, frame)[0].Motion);
        Assert.True(Measure(second, new byte[Width * Height])[0].Motion > 0.1);
    }

    [Fact]
    public void Measuring_motion_allocates_nothing()
    {
        var sampler = new RegionSampler([.. Enumerable.Range(0, 16).Select(i => new NormalizedRect((i % 4) / 4.0, (i / 4) / 4.0, 0.25, 0.25))], Width, Height, true, true);
        var a = new byte[Width * Height];
        var b = Enumerable.Repeat((byte)200, Width * Height).ToArray();
        var output = new RegionMeasurement[16];
        sampler.Measure(new LumaPlane(Width, Height, Width, a), output);

        Assert.Equal(0, SteadyAllocation.Least(i => sampler.Measure(new LumaPlane(Width, Height, Width, i % 2 == 0 ? b : a), output), 100));
        Assert.Equal(200 / 255.0, output[5].Motion, 5);
    }
}
