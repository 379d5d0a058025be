using OpenCvSharp;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Tests.Preview;

/// <summary>The preview in colour, on synthetic frames built from arrays (no window, no video).</summary>
public class PreviewColourTests
{
    private static readonly MappedRegion Plain = new("plain", new NormalizedRect(0, 0, 0.5, 1), RegionMeasure.Brightness, 1, 60, 0.5, 0.3, 1, 127);

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(1, 1, true)]
    [InlineData(1, 0, false)]
    [InlineData(0, 0, true)]
    public void A_frame_with_known_chroma_is_drawn_in_the_bgr_the_readings_convert_it_to(int shiftX, int shiftY, bool fullRange)
    {
        // Four bands across, each one colour: red, green, blue, orange; chroma rows padded.
        (double R, double G, double B)[] bands = [(0.9, 0.1, 0.1), (0.1, 0.8, 0.2), (0.15, 0.2, 0.85), (1, 0.55, 0)];
        var frame = Bands(64, 36, shiftX, shiftY, fullRange, bands);
        using var renderer = new PreviewRenderer();

        var canvas = renderer.Render(frame, [], _ => false, string.Empty);

        for (var band = 0; band < bands.Length; band++)
        {
            var (y, u, v) = YuvColour.FromRgb(bands[band].R, bands[band].G, bands[band].B, fullRange);
            var expected = Bgr(YuvColour.ToRgb(y, u, v, fullRange));
            foreach (var (x, row) in new[] { ((band * 16) + 1, 0), ((band * 16) + 8, 17), ((band * 16) + 14, 35) })
            {
                AssertNear(expected, Pixel(canvas, x, row), 1);
            }

            // And what was converted is the colour meant, give or take the rounding of Y, U and V.
            AssertNear(Bgr(bands[band]), Pixel(canvas, (band * 16) + 8, 17), 3);
        }
    }

    [Fact]
    public void Every_luma_pixel_takes_the_chroma_sample_above_it()
    {
        // 4:2:0, 4×2 luma: chroma sample 0 red-ish, sample 1 blue-ish; grey luma everywhere.
        var luma = new byte[] { 120, 120, 120, 120, 120, 120, 120, 120 };
        var frame = new PreviewFrame();
        frame.CopyFrom(new LumaPlane(4, 2, 4, luma), new ChromaPlanes(2, 1, 2, 1, 1, new byte[] { 100, 200 }, new byte[] { 200, 100 }), 0, TimeSpan.Zero);
        var bgr = new byte[4 * 2 * 3];

        FrameColours.ToBgr(frame, bgr);

        var left = Bgr(YuvColour.ToRgb(120, 100, 200));
        var right = Bgr(YuvColour.ToRgb(120, 200, 100));
        foreach (var (x, y) in new[] { (0, 0), (1, 0), (0, 1), (1, 1) })
        {
            AssertNear(left, At(bgr, 4, x, y), 1);
            AssertNear(right, At(bgr, 4, x + 2, y), 1);
        }
    }

    [Fact]
    public void Without_chroma_the_frame_is_drawn_in_grey_as_before()
    {
        var frame = new PreviewFrame();
        frame.CopyFrom(new LumaPlane(8, 4, 8, Enumerable.Range(0, 32).Select(i => (byte)(i * 8)).ToArray()), 0, TimeSpan.Zero);
        using var renderer = new PreviewRenderer();

        var canvas = renderer.Render(frame, [], _ => false, string.Empty);

        Assert.False(frame.HasColour);
        Assert.Equal((80, 80, 80), Pixel(canvas, 2, 1));
        Assert.Equal((248, 248, 248), Pixel(canvas, 7, 3));
    }

    [Fact]
    public void A_region_that_reads_colour_shows_a_swatch_of_its_mean_colour_and_its_key_name()
    {
        var red = Plain with { Name = "burst", Colour = ColourKey.Parse("red") };
        var hue = Plain with { Name = "hue", Rect = new NormalizedRect(0.5, 0, 0.5, 1), Measure = RegionMeasure.Hue };
        var frame = Black(320, 180);
        using var renderer = new PreviewRenderer();
        RegionMeasurement[] readings = [new(0.5f, 0) { Red = 0.8f, Green = 0.2f, Blue = 0.4f }, new(0.5f, 0) { Red = 0.2f, Green = 0.4f, Blue = 1f }];

        var canvas = renderer.Render(frame, [red, hue], _ => false, string.Empty, readings);

        var left = red.Rect.ToPixels(320, 180);
        var swatch = ReadingMarks.SwatchRect(left);
        Assert.Equal(16, swatch.Width);
        Assert.Equal((left.Left + ReadingMarks.Inset, left.Bottom - ReadingMarks.Inset - 16), (swatch.X, swatch.Y));
        Assert.Equal((102, 51, 204), Pixel(canvas, swatch.X + 8, swatch.Y + 8));
        Assert.Equal((102, 51, 204), Pixel(canvas, swatch.X, swatch.Y));
        Assert.Equal((102, 51, 204), Pixel(canvas, swatch.Right - 1, swatch.Bottom - 1));
        Assert.Equal(Colour(ReadingMarks.SwatchFrame), Pixel(canvas, swatch.X - 1, swatch.Y + 8));

        // The key's name in white beside the swatch; the region reading hue has a swatch and no name.
        Assert.True(CountBright(canvas, new Rect(swatch.Right + 3, swatch.Y, 40, swatch.Height)) > 10);
        var right = ReadingMarks.SwatchRect(hue.Rect.ToPixels(320, 180));
        Assert.Equal((255, 102, 51), Pixel(canvas, right.X + 8, right.Y + 8));
        Assert.Equal(0, CountBright(canvas, new Rect(right.Right + 3, right.Y, 40, right.Height)));
    }

    [Fact]
    public void A_region_that_reads_neither_colour_nor_position_shows_no_reading()
    {
        var frame = Black(320, 180);
        using var renderer = new PreviewRenderer();
        RegionMeasurement[] readings = [new(0.5f, 0) { Red = 1, Green = 1, Blue = 1, X = 0.5f, Y = 0.5f }];

        var canvas = renderer.Render(frame, [Plain], _ => false, string.Empty, readings);

        var swatch = ReadingMarks.SwatchRect(Plain.Rect.ToPixels(320, 180));
        Assert.Equal((0, 0, 0), Pixel(canvas, swatch.X + 8, swatch.Y + 8));
        Assert.Equal((0, 0, 0), Pixel(canvas, 80, 90));
        Assert.False(ReadingMarks.AnyShown([Plain]));
    }

    [Theory]
    [InlineData(0.25, 0.75, 40, 45)]
    [InlineData(0.5, 0.5, 80, 90)]
    [InlineData(0.75, 0.125, 120, 157)]
    [InlineData(0, 0, 0, 179)]
    [InlineData(1, 1, 159, 0)]
    public void The_centre_cross_sits_where_x_and_y_say_with_y_measured_up_from_the_bottom(double x, double y, int column, int row)
    {
        var region = Plain with { Pitch = new PitchRange(Scale.Chromatic, 60, 72), PitchFrom = RegionMeasure.X };
        var frame = Black(320, 180);
        using var renderer = new PreviewRenderer();
        RegionMeasurement[] readings = [new(0.5f, 1) { X = (float)x, Y = (float)y }];

        var canvas = renderer.Render(frame, [region], _ => false, string.Empty, readings);

        Assert.Equal(new Point(column, row), ReadingMarks.CentrePixel(region.Rect.ToPixels(320, 180), readings[0]));
        var magenta = Colour(ReadingMarks.CentreColour);
        Assert.Equal(magenta, Pixel(canvas, column, row));
        if (column >= 8 && column <= 151 && row >= 8 && row <= 171)
        {
            // Arms of the cross, a dark edge along them, and nothing of it further out.
            Assert.Equal(magenta, Pixel(canvas, column + 8, row));
            Assert.Equal(magenta, Pixel(canvas, column, row - 8));
            Assert.Equal((0, 0, 0), Pixel(canvas, column + 5, row + 1));
            Assert.NotEqual(magenta, Pixel(canvas, column + 12, row));
            Assert.NotEqual(magenta, Pixel(canvas, column + 5, row + 5));
        }
    }

    [Fact]
    public void A_controller_from_y_shows_the_cross_too_and_a_scaled_frame_puts_it_at_the_displayed_size()
    {
        var region = Plain with { PlaysNotes = false, Control = new ControlOutput(10, 0, 127, 0, 1, TimeSpan.Zero) { From = RegionMeasure.Y } };
        var frame = Black(1920, 1080);
        using var renderer = new PreviewRenderer();
        RegionMeasurement[] readings = [new(0.5f, 1) { X = 0.5f, Y = 0.25f }];

        var canvas = renderer.Render(frame, [region], _ => false, string.Empty, readings);

        // Shown at 1280×720: the region is 640×720, its centre 320 across and 3/4 of the way down.
        Assert.Equal(Colour(ReadingMarks.CentreColour), Pixel(canvas, 320, 540));
        Assert.True(ReadingMarks.ShowsCentre(region));
        Assert.False(ReadingMarks.ShowsSwatch(region));
    }

    [Theory]
    [InlineData(null, 0.0)]
    [InlineData(null, 0.5)]
    [InlineData("red", 0.0)]
    public void A_region_with_nothing_to_centre_on_shows_no_cross(string? colour, double peak)
    {
        // Its position then reads the middle (0.5, 0.5): nothing is there to mark.
        var region = Plain with { PitchFrom = RegionMeasure.X, Pitch = new PitchRange(Scale.Chromatic, 60, 72), Colour = colour is null ? null : ColourKey.Parse(colour) };
        var frame = Black(320, 180);
        using var renderer = new PreviewRenderer();
        RegionMeasurement[] readings = [new(0.2f, (float)peak) { X = 0.5f, Y = 0.5f }];

        var canvas = renderer.Render(frame, [region], _ => false, string.Empty, readings);

        Assert.False(ReadingMarks.FoundCentre(region, readings[0]));
        Assert.NotEqual(Colour(ReadingMarks.CentreColour), Pixel(canvas, 80, 90));
        Assert.NotEqual(Colour(ReadingMarks.CentreColour), Pixel(canvas, 84, 90));

        // The same region with a star in it (a matching pixel, or one above mid-grey) shows it.
        readings[0] = readings[0] with { Peak = 0.6f };
        canvas = renderer.Render(frame, [region], _ => false, string.Empty, readings);
        Assert.Equal(Colour(ReadingMarks.CentreColour), Pixel(canvas, 80, 90));
    }

    [Fact]
    public void Regions_on_one_rectangle_stack_their_swatches_one_row_each()
    {
        // Three colours watching the same sky, as in fireworks-colours; a fourth elsewhere starts at the bottom again.
        var sky = new NormalizedRect(0, 0, 0.5, 1);
        MappedRegion[] regions =
        [
            Plain with { Name = "red", Rect = sky, Colour = ColourKey.Parse("red") },
            Plain with { Name = "green", Rect = sky, Colour = ColourKey.Parse("green") },
            Plain with { Name = "blue", Rect = sky, Colour = ColourKey.Parse("blue") },
            Plain with { Name = "other", Rect = new NormalizedRect(0.5, 0, 0.5, 1), Colour = ColourKey.Parse("white") },
        ];
        RegionMeasurement[] readings =
        [
            new(0.5f, 1) { Red = 1, Green = 0, Blue = 0 },
            new(0.5f, 1) { Red = 0, Green = 1, Blue = 0 },
            new(0.5f, 1) { Red = 0, Green = 0, Blue = 1 },
            new(0.5f, 1) { Red = 1, Green = 1, Blue = 1 },
        ];
        var frame = Black(320, 180);
        using var renderer = new PreviewRenderer();

        var canvas = renderer.Render(frame, regions, _ => false, string.Empty, readings);

        Assert.Equal([0, 1, 2, 0], ReadingMarks.Slots(regions, 320, 180));
        var rect = sky.ToPixels(320, 180);
        var rows = new[] { ReadingMarks.SwatchRect(rect, 0), ReadingMarks.SwatchRect(rect, 1), ReadingMarks.SwatchRect(rect, 2) };
        Assert.True(rows[1].Bottom < rows[0].Top && rows[2].Bottom < rows[1].Top, "each swatch has a row of its own");
        Assert.Equal((0, 0, 255), Pixel(canvas, rows[0].X + 8, rows[0].Y + 8));
        Assert.Equal((0, 255, 0), Pixel(canvas, rows[1].X + 8, rows[1].Y + 8));
        Assert.Equal((255, 0, 0), Pixel(canvas, rows[2].X + 8, rows[2].Y + 8));
        var other = ReadingMarks.SwatchRect(regions[3].Rect.ToPixels(320, 180));
        Assert.Equal((255, 255, 255), Pixel(canvas, other.X + 8, other.Y + 8));
    }

    [Fact]
    public void Labels_of_regions_on_one_rectangle_go_one_below_the_other()
    {
        var sky = new NormalizedRect(0, 0, 1, 0.75);
        MappedRegion[] regions = [.. new[] { "red", "green", "blue", "white" }.Select(c => Plain with { Name = c, Rect = sky, Colour = ColourKey.Parse(c) })];
        var frame = Black(640, 360);
        using var renderer = new PreviewRenderer();

        var canvas = renderer.Render(frame, regions, r => r.Name == "green", string.Empty);

        var layout = new PreviewLayout(regions, new Size(640, 360), PreviewRenderer.LabelScale);
        var boxes = layout.Labels.Select(l => Assert.NotNull(l).Box).ToArray();
        Assert.Equal(regions.Select(r => $"{r.Name} C4"), layout.Labels.Select(l => l!.Value.Text));
        for (var i = 1; i < boxes.Length; i++)
        {
            Assert.Equal(boxes[0].X, boxes[i].X);
            Assert.True(boxes[i].Top > boxes[i - 1].Bottom - 1, $"label {i} overlaps the one above it");
        }

        // Each drawn where laid out: white text on black, the sounding region's in yellow.
        foreach (var (box, i) in boxes.Select((b, i) => (b, i)))
        {
            var inside = canvas[box];
            Assert.True(Cv2.CountNonZero(inside.CvtColor(ColorConversionCodes.BGR2GRAY)) > 10, $"label {i} was not drawn");
        }

        Assert.True(CountYellow(canvas, boxes[1]) > 10, "the sounding region's label is not yellow");
        Assert.Equal(0, CountYellow(canvas, boxes[0]));
    }

    [Fact]
    public void A_frame_copy_keeps_its_colour_without_padding_and_drops_it_for_a_grey_frame()
    {
        var luma = Enumerable.Range(0, 6 * 4).Select(i => (byte)i).ToArray();
        var u = new byte[] { 1, 2, 3, 99, 4, 5, 6, 99 };
        var v = new byte[] { 11, 12, 13, 99, 14, 15, 16, 99 };
        var frame = new PreviewFrame();

        frame.CopyFrom(new LumaPlane(6, 4, 6, luma), new ChromaPlanes(3, 2, 4, 1, 1, u, v, fullRange: true), 2, TimeSpan.FromSeconds(1));

        Assert.True(frame.HasColour);
        Assert.Equal((3, 2, 1, 1, true), (frame.ChromaWidth, frame.ChromaHeight, frame.ShiftX, frame.ShiftY, frame.FullRange));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, frame.U.ToArray());
        Assert.Equal(new byte[] { 11, 12, 13, 14, 15, 16 }, frame.V.ToArray());
        var again = frame.AsVideoFrame();
        Assert.Equal(15, again.Chroma.VRow(1)[1]);
        Assert.Equal(23, again.Luma.Row(3)[5]);

        frame.CopyFrom(new LumaPlane(6, 4, 6, luma), 3, TimeSpan.FromSeconds(2));

        Assert.False(frame.HasColour);
        Assert.True(frame.AsVideoFrame().Chroma.IsEmpty);
        Assert.Equal(0, frame.U.Length);
    }

    [Fact]
    public void Offering_colour_frames_allocates_nothing_once_the_slots_are_in_use()
    {
        var frames = new PreviewFrames(3, newestOnly: true);
        var luma = new byte[320 * 180];
        var u = new byte[160 * 90];
        var v = new byte[160 * 90];
        Array.Fill(u, (byte)90);
        Array.Fill(v, (byte)240);
        for (var i = 0; i < 4; i++)
        {
            frames.Offer(new LumaPlane(320, 180, 320, luma), new ChromaPlanes(160, 90, 160, 1, 1, u, v), 0, TimeSpan.FromMilliseconds(i));
            frames.TakeDue(long.MaxValue, TimeSpan.MaxValue);
        }

        var allocated = SteadyAllocation.Least(
            i =>
            {
                frames.Offer(new LumaPlane(320, 180, 320, luma), new ChromaPlanes(160, 90, 160, 1, 1, u, v), 0, TimeSpan.FromMilliseconds(10 + i));
                frames.TakeDue(long.MaxValue, TimeSpan.MaxValue);
            },
            200);

        Assert.Equal(0, allocated);
        var shown = frames.TakeDue(long.MaxValue, TimeSpan.MaxValue)!;
        Assert.True(shown.HasColour);
        Assert.Equal(240, shown.V[100]);
    }

    [Fact]
    public void The_source_tap_hands_each_frame_on_with_its_colour()
    {
        using var source = new ColourSource(16, 8);
        var frames = new PreviewFrames(4, newestOnly: false);
        using var tap = new PreviewSourceTap(source, frames, 0);

        Assert.True(tap.TryReadFrame(out var frame));
        Assert.False(frame.Chroma.IsEmpty);

        var shown = frames.TakeDue(0, TimeSpan.MaxValue)!;
        Assert.True(shown.HasColour);
        Assert.Equal((8, 4), (shown.ChromaWidth, shown.ChromaHeight));
        Assert.All(shown.V.ToArray(), s => Assert.Equal(ColourSource.V, s));
    }

    [Fact]
    public void The_window_measures_only_for_a_mapping_that_shows_a_reading()
    {
        var readings = new PreviewReadings();
        var frame = Black(32, 18);
        var plain = new Core.Mapping.Mapping("plain", string.Empty, "test", [Plain]);
        var coloured = new Core.Mapping.Mapping("coloured", string.Empty, "test", [Plain, Plain with { Name = "red", Colour = ColourKey.Parse("red") }]);

        Assert.Null(readings.Measure(frame, plain));
        Assert.Equal(2, readings.Measure(frame, coloured)!.Count);
        Assert.Equal(2, readings.Measure(Black(64, 36), coloured)!.Count);
    }

    private static PreviewFrame Bands(int width, int height, int shiftX, int shiftY, bool fullRange, (double R, double G, double B)[] bands)
    {
        var bandWidth = width / bands.Length;
        var luma = new byte[width * height];
        var chromaWidth = width >> shiftX;
        var chromaHeight = height >> shiftY;
        var stride = chromaWidth + 5;
        var u = new byte[stride * chromaHeight];
        var v = new byte[stride * chromaHeight];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var c = bands[x / bandWidth];
                luma[(y * width) + x] = YuvColour.FromRgb(c.R, c.G, c.B, fullRange).Y;
            }
        }

        for (var y = 0; y < chromaHeight; y++)
        {
            for (var x = 0; x < chromaWidth; x++)
            {
                var c = bands[(x << shiftX) / bandWidth];
                var (_, cb, cr) = YuvColour.FromRgb(c.R, c.G, c.B, fullRange);
                u[(y * stride) + x] = cb;
                v[(y * stride) + x] = cr;
            }
        }

        var frame = new PreviewFrame();
        frame.CopyFrom(new LumaPlane(width, height, width, luma), new ChromaPlanes(chromaWidth, chromaHeight, stride, shiftX, shiftY, u, v, fullRange), 0, TimeSpan.Zero);
        return frame;
    }

    private static PreviewFrame Black(int width, int height)
    {
        var frame = new PreviewFrame();
        frame.CopyFrom(new LumaPlane(width, height, width, new byte[width * height]), 0, TimeSpan.Zero);
        return frame;
    }

    private static (int B, int G, int R) Bgr((double Red, double Green, double Blue) rgb) => (Byte(rgb.Blue), Byte(rgb.Green), Byte(rgb.Red));

    private static int Byte(double channel) => Math.Clamp((int)Math.Round(channel * 255, MidpointRounding.AwayFromZero), 0, 255);

    private static (int B, int G, int R) At(byte[] bgr, int width, int x, int y)
    {
        var i = ((y * width) + x) * 3;
        return (bgr[i], bgr[i + 1], bgr[i + 2]);
    }

    private static void AssertNear((int B, int G, int R) expected, (int B, int G, int R) actual, int tolerance) =>
        Assert.True(
            Math.Abs(expected.B - actual.B) <= tolerance && Math.Abs(expected.G - actual.G) <= tolerance && Math.Abs(expected.R - actual.R) <= tolerance,
            $"expected {expected} ± {tolerance}, drew {actual}");

    private static (int B, int G, int R) Pixel(Mat canvas, int x, int y)
    {
        var p = canvas.At<Vec3b>(y, x);
        return (p.Item0, p.Item1, p.Item2);
    }

    private static (int B, int G, int R) Colour(Scalar s) => ((int)s.Val0, (int)s.Val1, (int)s.Val2);

    /// <summary>Pixels of <paramref name="box"/> that are yellow (text drawn antialiased: bright red and green, little blue).</summary>
    private static int CountYellow(Mat canvas, Rect box)
    {
        var count = 0;
        for (var y = box.Top; y < box.Bottom; y++)
        {
            for (var x = box.Left; x < box.Right; x++)
            {
                var (b, g, r) = Pixel(canvas, x, y);
                count += g > 128 && r > 128 && b < 96 ? 1 : 0;
            }
        }

        return count;
    }

    private static int CountBright(Mat canvas, Rect area)
    {
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var p = canvas.At<Vec3b>(y, x);
                count += p.Item0 > 150 && p.Item1 > 150 && p.Item2 > 150 ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>One 4:2:0 frame of a single colour.</summary>
    private sealed class ColourSource(int width, int height) : IFrameSource
    {
        public const byte V = 200;

        private readonly byte[] _luma = new byte[width * height];
        private readonly byte[] _u = Enumerable.Repeat((byte)100, width * height / 4).ToArray();
        private readonly byte[] _v = Enumerable.Repeat(V, width * height / 4).ToArray();
        private bool _read;

        public VideoInfo Info { get; } = new("colour", width, height, null, 1, null, "test");

        public bool TryReadFrame(out VideoFrame frame)
        {
            if (_read)
            {
                frame = default;
                return false;
            }

            _read = true;
            frame = new VideoFrame(new LumaPlane(width, height, width, _luma), new ChromaPlanes(width / 2, height / 2, width / 2, 1, 1, _u, _v), TimeSpan.Zero, 0);
            return true;
        }

        public void Dispose()
        {
        }
    }
}
