using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Tests.Analysis;

public class RegionSamplerTests
{
    [Fact]
    public void Measures_a_uniform_frame_as_its_level()
    {
        var pixels = Filled(64, 48, 128);
        var sampler = new RegionSampler([NormalizedRect.Full, new(0.25, 0.25, 0.5, 0.5)], 64, 48, measurePeaks: true);
        var output = new RegionMeasurement[2];

        sampler.Measure(new LumaPlane(64, 48, 64, pixels), output);

        Assert.Equal(128 / 255f, output[0].Mean, 6);
        Assert.Equal(128 / 255f, output[1].Mean, 6);
        Assert.Equal(128 / 255f, output[1].Peak, 6);
    }

    [Fact]
    public void Measures_each_half_of_a_split_frame_separately()
    {
        // Left half black, right half white.
        var pixels = new byte[100 * 10];
        for (var y = 0; y < 10; y++)
        {
            pixels.AsSpan((y * 100) + 50, 50).Fill(255);
        }

        var sampler = new RegionSampler([new(0, 0, 0.5, 1), new(0.5, 0, 0.5, 1), new(0.25, 0, 0.5, 1)], 100, 10, measurePeaks: true);
        var output = new RegionMeasurement[3];

        sampler.Measure(new LumaPlane(100, 10, 100, pixels), output);

        Assert.Equal(0f, output[0].Mean);
        Assert.Equal(0f, output[0].Peak);
        Assert.Equal(1f, output[1].Mean);
        Assert.Equal(0.5f, output[2].Mean, 6);
        Assert.Equal(1f, output[2].Peak);
    }

    [Fact]
    public void Finds_a_single_bright_pixel_as_the_peak_of_only_its_region()
    {
        var pixels = new byte[40 * 40];
        pixels[(30 * 40) + 5] = 200; // row 30, column 5: bottom-left quadrant
        var quadrants = new NormalizedRect[] { new(0, 0, 0.5, 0.5), new(0.5, 0, 0.5, 0.5), new(0, 0.5, 0.5, 0.5), new(0.5, 0.5, 0.5, 0.5) };
        var sampler = new RegionSampler(quadrants, 40, 40, measurePeaks: true);
        var output = new RegionMeasurement[4];

        sampler.Measure(new LumaPlane(40, 40, 40, pixels), output);

        Assert.Equal([0f, 0f, 200 / 255f, 0f], output.Select(m => m.Peak));
        Assert.Equal(200 / 255.0 / 400, output[2].Mean, 6);
    }

    [Fact]
    public void Reads_rows_through_the_stride_and_ignores_the_padding()
    {
        const int width = 10, height = 4, stride = 16;
        var pixels = new byte[stride * height];
        pixels.AsSpan().Fill(255); // padding is white…
        for (var y = 0; y < height; y++)
        {
            pixels.AsSpan(y * stride, width).Fill(10); // …the picture is dark.
        }

        var sampler = new RegionSampler([NormalizedRect.Full], width, height, measurePeaks: true);
        var output = new RegionMeasurement[1];

        sampler.Measure(new LumaPlane(width, height, stride, pixels), output);

        Assert.Equal(10 / 255f, output[0].Mean, 6);
        Assert.Equal(10 / 255f, output[0].Peak, 6);
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 11)]
    [InlineData(40, 3)]
    [InlineData(400, 5)]
    public void Agrees_with_a_pixel_by_pixel_reference_on_random_regions(int regionCount, int seed)
    {
        var random = new Random(seed);
        const int width = 173, height = 97, stride = 181;
        var pixels = new byte[stride * height];
        random.NextBytes(pixels);
        var regions = Enumerable.Range(0, regionCount).Select(_ =>
        {
            var x = random.NextDouble() * 0.9;
            var y = random.NextDouble() * 0.9;
            return new NormalizedRect(x, y, random.NextDouble() * (1 - x), random.NextDouble() * (1 - y));
        }).ToArray();
        var sampler = new RegionSampler(regions, width, height, measurePeaks: true);
        var output = new RegionMeasurement[regionCount];

        sampler.Measure(new LumaPlane(width, height, stride, pixels), output);

        for (var i = 0; i < regionCount; i++)
        {
            var rect = sampler.PixelRegion(i);
            long sum = 0;
            byte max = 0;
            for (var y = rect.Top; y < rect.Bottom; y++)
            {
                for (var x = rect.Left; x < rect.Right; x++)
                {
                    sum += pixels[(y * stride) + x];
                    max = Math.Max(max, pixels[(y * stride) + x]);
                }
            }

            Assert.Equal(sum / (rect.Area * 255.0), output[i].Mean, 5);
            Assert.Equal(max / 255f, output[i].Peak);
        }
    }

    [Theory]
    [InlineData(64, 1000)]
    [InlineData(3, 5000)]
    public void A_tall_white_frame_reads_exactly_white_without_overflowing_its_column_totals(int width, int height)
    {
        var sampler = new RegionSampler([NormalizedRect.Full, new(0, 0.1, 1, 0.8)], width, height, measurePeaks: true, measureMotion: true);
        var output = new RegionMeasurement[2];

        sampler.Measure(new LumaPlane(width, height, width, Filled(width, height, 255)), output);

        Assert.Equal(1f, output[0].Mean);
        Assert.Equal(1f, output[1].Mean);
        Assert.Equal(1f, output[0].Peak);
    }

    [Fact]
    public void Motion_from_black_to_white_on_a_tall_frame_is_exactly_one()
    {
        const int width = 50, height = 800;
        var sampler = new RegionSampler([NormalizedRect.Full], width, height, measurePeaks: false, measureMotion: true);
        var output = new RegionMeasurement[1];

        sampler.Measure(new LumaPlane(width, height, width, Filled(width, height, 0)), output);
        sampler.Measure(new LumaPlane(width, height, width, Filled(width, height, 255)), output);

        Assert.Equal(1f, output[0].Motion);
    }

    [Theory]
    [InlineData(3, 19)]
    [InlineData(60, 23)]
    public void Agrees_with_the_reference_on_frames_taller_than_one_collection(int regionCount, int seed)
    {
        var random = new Random(seed);
        const int width = 131, height = 900, stride = 140;
        var pixels = new byte[stride * height];
        random.NextBytes(pixels);
        var regions = Enumerable.Range(0, regionCount).Select(_ =>
        {
            var x = random.NextDouble() * 0.5;
            return new NormalizedRect(x, random.NextDouble() * 0.2, 0.1 + (random.NextDouble() * 0.4), 0.3 + (random.NextDouble() * 0.5));
        }).ToArray();
        var sampler = new RegionSampler(regions, width, height, measurePeaks: true);
        var output = new RegionMeasurement[regionCount];

        sampler.Measure(new LumaPlane(width, height, stride, pixels), output);

        for (var i = 0; i < regionCount; i++)
        {
            var rect = sampler.PixelRegion(i);
            long sum = 0;
            byte max = 0;
            for (var y = rect.Top; y < rect.Bottom; y++)
            {
                for (var x = rect.Left; x < rect.Right; x++)
                {
                    sum += pixels[(y * stride) + x];
                    max = Math.Max(max, pixels[(y * stride) + x]);
                }
            }

            Assert.Equal(sum / (rect.Area * 255.0), output[i].Mean, 5);
            Assert.Equal(max / 255f, output[i].Peak);
        }
    }

    [Fact]
    public void Grid_regions_cost_cells_not_regions()
    {
        var grid = new List<NormalizedRect>();
        for (var r = 0; r < 64; r++)
        {
            for (var c = 0; c < 64; c++)
            {
                grid.Add(new NormalizedRect(c / 64.0, r / 64.0, 1 / 64.0, 1 / 64.0));
            }
        }

        var sampler = new RegionSampler(grid, 1920, 1080, measurePeaks: false);

        Assert.Equal(4096, sampler.CellCount);
    }

    [Fact]
    public void Refuses_a_frame_of_another_size()
    {
        var sampler = new RegionSampler([NormalizedRect.Full], 10, 10, measurePeaks: false);
        var output = new RegionMeasurement[1];

        Assert.Throws<ArgumentException>(() => sampler.Measure(new LumaPlane(20, 10, 20, new byte[200]), output));
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.001, 0.001, 0, 0, 1, 1)]
    [InlineData(0.999, 0.999, 0.001, 0.001, 99, 99, 100, 100)]
    [InlineData(0.25, 0.5, 0.5, 0.25, 25, 50, 75, 75)]
    public void Rounds_normalized_edges_to_whole_pixels_of_at_least_one(double x, double y, double w, double h, int left, int top, int right, int bottom) =>
        Assert.Equal(new PixelRect(left, top, right, bottom), new NormalizedRect(x, y, w, h).ToPixels(100, 100));

    private static byte[] Filled(int width, int height, byte level)
    {
        var pixels = new byte[width * height];
        pixels.AsSpan().Fill(level);
        return pixels;
    }
}
