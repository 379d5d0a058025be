using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Core.Tests.Analysis;

/// <summary>
/// The colour sampler's one-pass path (the regions of a key, with no motion or change; their
/// centres too when some read them) against a plain per-pixel reading of the definitions, on random
/// frames and random overlapping regions, in every chroma layout.
/// </summary>
public class ColourSamplerGridTests
{
    private static readonly ColourKey?[] Keys =
    [
        null,
        ColourKey.Parse("red"),
        ColourKey.Parse("green"),
        ColourKey.Parse("blue", 0.2),
        ColourKey.Parse("white"),
        ColourKey.Parse("#909090"),
    ];

    /// <summary>Colours chroma samples are drawn from, so every key finds pixels (the luma stays random).</summary>
    private static readonly (double R, double G, double B)[] Palette =
    [
        (1, 0, 0), (0.9, 0.2, 0.1), (0, 1, 0), (0.2, 0.7, 0.3), (0, 0, 1), (0.3, 0.4, 1),
        (1, 1, 1), (0.8, 0.8, 0.85), (0.5, 0.5, 0.5), (0, 0, 0), (1, 0, 1), (1, 0.5, 0),
    ];

    public static TheoryData<int, int, int, int, bool, bool, bool> Layouts => new()
    {
        // width, height, shiftX, shiftY, fullRange, grey (no chroma), every region edge on an even column
        { 64, 36, 1, 1, false, false, false },
        { 61, 37, 1, 1, false, false, false },
        { 61, 37, 1, 1, true, false, false },
        { 58, 33, 1, 0, false, false, false },
        { 47, 29, 0, 0, false, false, false },
        { 47, 29, 0, 0, true, false, false },
        { 67, 41, 2, 2, false, false, false },
        { 67, 41, 2, 1, true, false, false },
        { 53, 31, 0, 0, false, true, false },
        { 40, 600, 1, 1, false, false, false },
        { 33, 700, 0, 0, false, true, false },
        { 190, 23, 1, 1, false, false, false },
        { 96, 40, 1, 1, false, false, true },
        { 130, 37, 0, 0, true, false, true },
        { 128, 300, 1, 1, false, false, true },
        { 100, 20, 0, 0, false, true, true },
        { 202, 45, 2, 2, true, false, true },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void One_pass_readings_equal_a_pixel_by_pixel_reading(int width, int height, int shiftX, int shiftY, bool fullRange, bool grey, bool evenEdges)
    {
        var random = new Random((width * 1000) + height + (shiftX * 7) + (shiftY * 13) + (fullRange ? 1 : 0));
        for (var trial = 0; trial < 4; trial++)
        {
            var frame = RandomFrame.Create(random, width, height, shiftX, shiftY, fullRange, grey, Palette);
            var regions = RandomRegions(random, 40, evenEdges ? width : 0);
            var sampler = new ColourSampler(regions, width, height, measureMotion: false, measureChange: false);
            var output = new RegionMeasurement[regions.Length];
            sampler.Measure(frame.Luma, frame.Chroma, output);
            for (var i = 0; i < regions.Length; i++)
            {
                var expected = Reference(frame, regions[i], sampler.PixelRegion(i));
                Assert.True(expected == output[i], $"region {i} ({regions[i]}, {sampler.PixelRegion(i)}): expected {expected}, measured {output[i]}");
            }
        }
    }

    [Fact]
    public void A_grid_of_one_colour_reads_each_cell_as_alone()
    {
        // The common case: a square grid, one key, one pass; each cell as a sampler of its own reads
        // it pixel by pixel (looking for its centre too, which the grid does not).
        var random = new Random(5);
        var frame = RandomFrame.Create(random, 96, 54, 1, 1, fullRange: false, grey: false, Palette);
        var red = ColourKey.Parse("red");
        var regions = new List<ColourRegion>();
        for (var row = 0; row < 7; row++)
        {
            for (var column = 0; column < 7; column++)
            {
                regions.Add(new ColourRegion(new NormalizedRect(column / 7.0, row / 7.0, 1 / 7.0, 1 / 7.0), red, Position: false));
            }
        }

        var sampler = new ColourSampler(regions, 96, 54, false, false);
        var output = new RegionMeasurement[regions.Count];
        sampler.Measure(frame.Luma, frame.Chroma, output);
        for (var i = 0; i < regions.Count; i++)
        {
            var alone = new ColourSampler([regions[i] with { Position = true }], 96, 54, false, false);
            var one = new RegionMeasurement[1];
            alone.Measure(frame.Luma, frame.Chroma, one);
            Assert.Equal(one[0] with { X = 0.5f, Y = 0.5f }, output[i]);
        }
    }

    [Fact]
    public void Measuring_a_grid_allocates_nothing()
    {
        var random = new Random(9);
        var regions = new List<ColourRegion>();
        for (var row = 0; row < 16; row++)
        {
            for (var column = 0; column < 16; column++)
            {
                var rect = new NormalizedRect(column / 16.0, row / 16.0, 1 / 16.0, 1 / 16.0);
                regions.Add(new ColourRegion(rect, Keys[(row + column) % Keys.Length], Position: row % 3 == 0));
            }
        }

        var frames = new[]
        {
            RandomFrame.Create(random, 320, 180, 1, 1, fullRange: false, grey: false, Palette),
            RandomFrame.Create(random, 320, 180, 1, 1, fullRange: true, grey: false, Palette),
            RandomFrame.Create(random, 320, 180, 1, 1, fullRange: false, grey: true, Palette),
        };
        var sampler = new ColourSampler(regions, 320, 180, false, false);
        var output = new RegionMeasurement[regions.Count];
        foreach (var frame in frames)
        {
            sampler.Measure(frame.Luma, frame.Chroma, output);
        }

        Assert.Equal(0, SteadyAllocation.Least(i => sampler.Measure(frames[i % 3].Luma, frames[i % 3].Chroma, output), 60));
    }

    /// <summary>Random regions; with a <paramref name="width"/>, their left and right edges fall on even columns of a frame that wide.</summary>
    private static ColourRegion[] RandomRegions(Random random, int count, int width)
    {
        var regions = new ColourRegion[count];
        for (var i = 0; i < count; i++)
        {
            var rect = i switch
            {
                0 => NormalizedRect.Full,
                1 => new NormalizedRect(0.999, 0.999, 0.001, 0.001),
                _ => RandomRect(random),
            };
            if (width > 0)
            {
                var left = Math.Min(width - 2, 2 * (int)Math.Round(rect.X * width / 2));
                var right = Math.Max(left + 2, 2 * (int)Math.Round(rect.Right * width / 2));
                rect = rect with { X = left / (double)width, Width = (Math.Min(right, width) - left) / (double)width };
            }

            // A grid whose every edge is on an even column adds two columns a lane, unless a region
            // reads its centre: those layouts keep to regions without, so both ways are measured.
            regions[i] = new ColourRegion(rect, Keys[random.Next(Keys.Length)], Position: width == 0 && random.Next(4) == 0);
        }

        return regions;
    }

    private static NormalizedRect RandomRect(Random random)
    {
        var x = random.NextDouble();
        var y = random.NextDouble();
        return new NormalizedRect(x, y, random.NextDouble() * (1 - x), random.NextDouble() * (1 - y));
    }

    /// <summary>The readings by their definitions, one pixel at a time.</summary>
    private static RegionMeasurement Reference(RandomFrame frame, ColourRegion region, PixelRect rect)
    {
        var key = region.Colour;
        var keyed = key is not null;
        long count = 0, sumY = 0, sumU = 0, sumV = 0, allY = 0, allU = 0, allV = 0, weight = 0, sumWx = 0, sumWy = 0;
        var peak = 0;
        for (var y = rect.Top; y < rect.Bottom; y++)
        {
            for (var x = rect.Left; x < rect.Right; x++)
            {
                int l = frame.Y[(y * frame.LumaStride) + x];
                var (u, v) = frame.ChromaAt(x, y);
                var (r, g, b) = YuvColour.ToRgb(l, u, v, frame.FullRange);
                var matched = key?.Matches(r, g, b) ?? ColourKey.Hsv(r, g, b).Chroma >= ColourKey.ChromaFloor;
                allY += l;
                allU += u;
                allV += v;
                if (matched)
                {
                    count++;
                    sumY += l;
                    sumU += u;
                    sumV += v;
                }

                if (matched || !keyed)
                {
                    peak = Math.Max(peak, l);
                }

                var w = keyed ? (matched ? l : 0) : Math.Max(0, l - 128);
                weight += w;
                sumWx += (long)w * (x - rect.Left);
                sumWy += (long)w * (y - rect.Top);
            }
        }

        var area = (double)rect.Area;
        double hue = 0, saturation = 0, red = 0, green = 0, blue = 0;
        if (count > 0)
        {
            var (r, g, b) = YuvColour.ToRgb(sumY / (double)count, sumU / (double)count, sumV / (double)count, frame.FullRange);
            var (h, c, value) = ColourKey.Hsv(r, g, b);
            (hue, saturation) = (h, value <= 0 ? 0 : Math.Clamp(c / value, 0, 1));
            if (keyed)
            {
                (red, green, blue) = (Math.Clamp(r, 0, 1), Math.Clamp(g, 0, 1), Math.Clamp(b, 0, 1));
            }
        }

        if (!keyed)
        {
            var (r, g, b) = YuvColour.ToRgb(allY / area, allU / area, allV / area, frame.FullRange);
            (red, green, blue) = (Math.Clamp(r, 0, 1), Math.Clamp(g, 0, 1), Math.Clamp(b, 0, 1));
        }

        var centred = region.Position && weight > 0;
        return new RegionMeasurement((float)((keyed ? sumY : allY) / (area * 255)), peak / 255f)
        {
            Coverage = (float)(count / area),
            Hue = (float)hue,
            Saturation = (float)saturation,
            Red = (float)red,
            Green = (float)green,
            Blue = (float)blue,
            X = centred ? (float)(((sumWx / (double)weight) + 0.5) / rect.Width) : 0.5f,
            Y = centred ? (float)(1 - (((sumWy / (double)weight) + 0.5) / rect.Height)) : 0.5f,
        };
    }
}
