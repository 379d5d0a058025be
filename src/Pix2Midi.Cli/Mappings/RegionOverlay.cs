using System.Globalization;
using OpenCvSharp;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Mappings;

/// <summary>
/// Draws a mapping's regions over a BGR frame: each region's outline on its edge pixels (the
/// pixels the sampler reads), a dark line just inside for contrast, a label with its name,
/// what it plays and its value at that frame, and what it reads (<see cref="ReadingMarks"/>: a
/// swatch of its mean colour and its colour key's name, a cross at the centre of position).
/// </summary>
internal static class RegionOverlay
{
    /// <summary>Outline colour of a region sounding a note at this frame (BGR): yellow.</summary>
    public static readonly Scalar LitColour = new(0, 255, 255);

    /// <summary>Outline colours of silent regions by channel (BGR), channel 1 first.</summary>
    private static readonly Scalar[] ChannelColours =
    [
        new(255, 200, 0), new(80, 220, 80), new(255, 80, 255), new(0, 160, 255),
        new(255, 255, 120), new(120, 120, 255), new(200, 255, 200), new(180, 130, 255),
    ];

    /// <summary>The outline colour of a region.</summary>
    public static Scalar Outline(MappedRegion region, bool lit) =>
        lit ? LitColour : ChannelColours[(region.Channel - 1) % ChannelColours.Length];

    /// <summary>Draws every region of <paramref name="mapping"/> on <paramref name="frame"/>.</summary>
    public static void Draw(Mat frame, Mapping mapping, IReadOnlyList<RegionMeasurement> measurements, IReadOnlyList<bool> lit)
    {
        var width = frame.Width;
        var height = frame.Height;
        var rects = mapping.Regions.Select(r => r.Rect.ToPixels(width, height)).ToArray();
        for (var i = 0; i < rects.Length; i++)
        {
            var r = rects[i];
            if (r.Width >= 4 && r.Height >= 4)
            {
                Cv2.Rectangle(frame, new Point(r.Left + 1, r.Top + 1), new Point(r.Right - 2, r.Bottom - 2), Scalar.Black, 1, LineTypes.Link8);
            }
        }

        for (var i = 0; i < rects.Length; i++)
        {
            var r = rects[i];
            Cv2.Rectangle(frame, new Point(r.Left, r.Top), new Point(r.Right - 1, r.Bottom - 1), Outline(mapping.Regions[i], lit[i]), 1, LineTypes.Link8);
        }

        var fontScale = Math.Clamp(height / 1080.0 * 0.8, 0.35, 1.0);
        var placed = new List<Rect>();
        for (var i = 0; i < rects.Length; i++)
        {
            var region = mapping.Regions[i];
            var value = MappingEngine.ValueOf(region, measurements[i]);
            var label = OverlayText.Drawable(string.Create(CultureInfo.InvariantCulture, $"{region.Name} {region.Label} {value:0.00}"));
            Label(frame, rects[i], label, Outline(region, lit[i]), fontScale, placed);
        }

        var slots = ReadingMarks.Slots(mapping.Regions, width, height);
        for (var i = 0; i < rects.Length; i++)
        {
            ReadingMarks.Draw(frame, mapping.Regions[i], rects[i], measurements[i], fontScale, slots[i]);
        }
    }

    /// <summary>
    /// Writes a label inside <paramref name="rect"/>, below any label already there, shortened or
    /// left out when the region is too small.
    /// </summary>
    private static void Label(Mat frame, PixelRect rect, string text, Scalar colour, double scale, List<Rect> placed)
    {
        var words = text.Split(' ');
        for (var keep = words.Length; keep > 0; keep--)
        {
            var candidate = string.Join(' ', words.Take(keep));
            var size = Cv2.GetTextSize(candidate, HersheyFonts.HersheySimplex, scale, 1, out var baseline);
            var boxWidth = size.Width + 4;
            var boxHeight = size.Height + baseline + 4;
            if (boxWidth > rect.Width - 4 || boxHeight > rect.Height - 4)
            {
                continue;
            }

            var left = rect.Left + 2;
            var top = rect.Top + 2;
            while (placed.Any(p => p.IntersectsWith(new Rect(left, top, boxWidth, boxHeight))))
            {
                top += boxHeight + 1;
            }

            if (top + boxHeight > rect.Bottom - 2)
            {
                continue;
            }

            placed.Add(new Rect(left, top, boxWidth, boxHeight));
            Cv2.Rectangle(frame, new Rect(left, top, boxWidth, boxHeight), new Scalar(20, 20, 20), -1);
            Cv2.PutText(frame, candidate, new Point(left + 2, top + 2 + size.Height), HersheyFonts.HersheySimplex, scale, colour, 1, LineTypes.AntiAlias);
            return;
        }
    }
}
