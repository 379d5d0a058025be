using OpenCvSharp;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// What a region reads, drawn inside it (the preview window and <c>mapping preview</c>): a swatch
/// of its mean colour in its bottom-left corner, with its colour key's name beside it, for a region
/// that reads colour; a cross at the centre its position comes from, for a region whose pitch or
/// controller follows <c>x</c> or <c>y</c>.
/// </summary>
/// <remarks>
/// The swatch is <see cref="SwatchSize"/> pixels square, <see cref="Inset"/> pixels in from the
/// region's left and bottom edges, filled with <c>Red</c>, <c>Green</c>, <c>Blue</c> of the
/// measurement and framed in white. Regions on the same rectangle (six colours watching one sky)
/// stack their swatches upwards, one row each, in the mapping's order (<see cref="Slots"/>); a
/// swatch that would leave the region is not drawn. The cross is centred on
/// <see cref="CentrePixel"/>: <c>X</c> runs from the region's left edge (0) to its right (1),
/// <c>Y</c> from its bottom edge (0) to its top (1); it is drawn only when the region found
/// something to centre on (<see cref="FoundCentre"/>). Both stay inside the region.
/// </remarks>
internal static class ReadingMarks
{
    /// <summary>Pixels between the region's outline and the swatch.</summary>
    public const int Inset = 3;

    /// <summary>The cross at a position's centre (BGR: magenta), over a black cross one pixel wider.</summary>
    public static readonly Scalar CentreColour = new(255, 0, 255);

    /// <summary>The frame round a swatch (BGR: white).</summary>
    public static readonly Scalar SwatchFrame = new(255, 255, 255);

    /// <summary>Whether <paramref name="region"/> gets a swatch: it reads colour, or looks at one colour.</summary>
    public static bool ShowsSwatch(MappedRegion region) => region.ReadsColour || region.Colour is not null;

    /// <summary>Whether <paramref name="region"/> gets a centre cross: its pitch or its controller follows its position.</summary>
    public static bool ShowsCentre(MappedRegion region) =>
        region.PitchFrom is RegionMeasure.X or RegionMeasure.Y || region.Control?.From is RegionMeasure.X or RegionMeasure.Y;

    /// <summary>Whether any region of <paramref name="regions"/> shows a reading (so measurements are worth taking).</summary>
    public static bool AnyShown(IReadOnlyList<MappedRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        for (var i = 0; i < regions.Count; i++)
        {
            if (ShowsSwatch(regions[i]) || ShowsCentre(regions[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The measurement's mean colour, BGR.</summary>
    public static Scalar SwatchColour(RegionMeasurement reading) => new(Byte(reading.Blue), Byte(reading.Green), Byte(reading.Red));

    /// <summary>The side of a region's swatch: a third of its shorter side, at most 16; 0 (none) when under 4.</summary>
    public static int SwatchSize(PixelRect rect)
    {
        var size = Math.Min(16, Math.Min(rect.Width, rect.Height) / 3);
        return size < 4 ? 0 : size;
    }

    /// <summary>Where the swatch of a region goes (its fill, inside the white frame); <paramref name="slot"/> rows up when regions share the rectangle.</summary>
    public static Rect SwatchRect(PixelRect rect, int slot = 0)
    {
        var size = SwatchSize(rect);
        return new Rect(rect.Left + Inset, rect.Bottom - Inset - size - (slot * (size + Inset + 1)), size, size);
    }

    /// <summary>
    /// Per region, how many earlier regions with a swatch have the same rectangle (in pixels of a
    /// <paramref name="width"/> × <paramref name="height"/> picture): the row its swatch takes.
    /// </summary>
    public static int[] Slots(IReadOnlyList<MappedRegion> regions, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var slots = new int[regions.Count];
        var taken = new Dictionary<PixelRect, int>();
        for (var i = 0; i < regions.Count; i++)
        {
            if (!ShowsSwatch(regions[i]))
            {
                continue;
            }

            var rect = regions[i].Rect.ToPixels(width, height);
            slots[i] = taken.GetValueOrDefault(rect);
            taken[rect] = slots[i] + 1;
        }

        return slots;
    }

    /// <summary>
    /// Whether the region found a centre: a matching pixel with some light for a colour region, a
    /// pixel above mid-grey without one (otherwise its position reads the middle, 0.5, and there is
    /// nothing there to mark).
    /// </summary>
    public static bool FoundCentre(MappedRegion region, RegionMeasurement reading)
    {
        ArgumentNullException.ThrowIfNull(region);
        var peak = (int)Math.Round((float.IsFinite(reading.Peak) ? reading.Peak : 0) * 255);
        return region.Colour is not null ? peak > 0 : peak > 128;
    }

    /// <summary>The pixel the measurement's centre falls in: X from the left edge, Y up from the bottom edge.</summary>
    public static Point CentrePixel(PixelRect rect, RegionMeasurement reading)
    {
        var x = float.IsFinite(reading.X) ? reading.X : 0.5;
        var y = float.IsFinite(reading.Y) ? reading.Y : 0.5;
        var column = rect.Left + (int)Math.Floor(x * rect.Width);
        var row = rect.Top + (int)Math.Floor((1 - y) * rect.Height);
        return new Point(Math.Clamp(column, rect.Left, rect.Right - 1), Math.Clamp(row, rect.Top, rect.Bottom - 1));
    }

    /// <summary>Draws what <paramref name="region"/> shows of <paramref name="reading"/> on <paramref name="image"/> (BGR), inside <paramref name="rect"/>.</summary>
    /// <param name="image">The picture, at the size <paramref name="rect"/> was computed for.</param>
    /// <param name="region">The region.</param>
    /// <param name="rect">The region's pixel rectangle on <paramref name="image"/>.</param>
    /// <param name="reading">The region's measurement of the frame shown.</param>
    /// <param name="labelScale">The font scale of the colour key's name.</param>
    /// <param name="slot">The swatch's row, for regions sharing one rectangle (<see cref="Slots"/>).</param>
    public static void Draw(Mat image, MappedRegion region, PixelRect rect, RegionMeasurement reading, double labelScale, int slot = 0)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(region);
        var visible = Clip(rect, image.Width, image.Height);
        if (visible.Width <= 0 || visible.Height <= 0)
        {
            return;
        }

        if (ShowsSwatch(region) && SwatchSize(visible) > 0)
        {
            Swatch(image, visible, reading, region.Colour?.Name, labelScale, slot);
        }

        if (ShowsCentre(region) && FoundCentre(region, reading))
        {
            Centre(image, visible, CentrePixel(visible, reading));
        }
    }

    private static void Swatch(Mat image, PixelRect rect, RegionMeasurement reading, string? name, double labelScale, int slot)
    {
        var fill = SwatchRect(rect, slot);
        if (fill.Y - 1 < rect.Top + Inset)
        {
            return;
        }

        Cv2.Rectangle(image, new Rect(fill.X - 1, fill.Y - 1, fill.Width + 2, fill.Height + 2), SwatchFrame, 1, LineTypes.Link8);
        Cv2.Rectangle(image, fill, SwatchColour(reading), -1, LineTypes.Link8);
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        // The key's name to the right of the swatch, on black, when it fits inside the region.
        var size = Cv2.GetTextSize(name, HersheyFonts.HersheySimplex, labelScale, 1, out var baseline);
        var box = new Rect(fill.Right + 3, fill.Bottom - (size.Height + baseline + 4), size.Width + 4, size.Height + baseline + 4);
        if (box.Right > rect.Right - Inset || box.Top < rect.Top + Inset)
        {
            return;
        }

        Cv2.Rectangle(image, box, Scalar.Black, -1, LineTypes.Link8);
        Cv2.PutText(image, name, new Point(box.X + 2, box.Y + 2 + size.Height), HersheyFonts.HersheySimplex, labelScale, SwatchFrame, 1, LineTypes.AntiAlias);
    }

    /// <summary>A cross of arms up to 8 pixels, drawn only inside the region.</summary>
    private static void Centre(Mat image, PixelRect rect, Point centre)
    {
        var arm = Math.Clamp(Math.Min(rect.Width, rect.Height) / 6, 2, 8);
        using var area = image[new Rect(rect.Left, rect.Top, rect.Width, rect.Height)];
        var at = new Point(centre.X - rect.Left, centre.Y - rect.Top);
        Cv2.Line(area, new Point(at.X - arm, at.Y), new Point(at.X + arm, at.Y), Scalar.Black, 3, LineTypes.Link8);
        Cv2.Line(area, new Point(at.X, at.Y - arm), new Point(at.X, at.Y + arm), Scalar.Black, 3, LineTypes.Link8);
        Cv2.Line(area, new Point(at.X - arm, at.Y), new Point(at.X + arm, at.Y), CentreColour, 1, LineTypes.Link8);
        Cv2.Line(area, new Point(at.X, at.Y - arm), new Point(at.X, at.Y + arm), CentreColour, 1, LineTypes.Link8);
    }

    private static PixelRect Clip(PixelRect rect, int width, int height) =>
        new(Math.Max(0, rect.Left), Math.Max(0, rect.Top), Math.Min(width, rect.Right), Math.Min(height, rect.Bottom));

    private static byte Byte(float channel) =>
        (byte)Math.Clamp((int)Math.Round((float.IsFinite(channel) ? channel : 0) * 255, MidpointRounding.AwayFromZero), 0, 255);
}
