using OpenCvSharp;
using Pix2Midi.Cli.Mappings;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// Where the preview window draws a mapping's regions at one display size: each region's pixel
/// rectangle, its label and its swatch's row. Worked out once per mapping and size (a reload or a
/// new size makes a new one), so drawing a frame formats and measures no text.
/// </summary>
/// <remarks>
/// A label is "name what-it-plays" in the region's top-left corner, or just what it plays when the
/// name does not fit, or nothing; labels that would cover one already placed (regions on one
/// rectangle, six colours watching one sky) go below it, one line each, as in <c>mapping preview</c>.
/// </remarks>
internal sealed class PreviewLayout
{
    /// <summary>Lays out <paramref name="regions"/> on a picture of <paramref name="size"/>.</summary>
    public PreviewLayout(IReadOnlyList<MappedRegion> regions, Size size, double labelScale)
    {
        Regions = regions;
        Size = size;
        Rects = [.. regions.Select(r => r.Rect.ToPixels(size.Width, size.Height))];
        Slots = ReadingMarks.Slots(regions, size.Width, size.Height);
        Labels = new PreviewLabel?[regions.Count];
        var placed = new List<Rect>();
        for (var i = 0; i < regions.Count; i++)
        {
            Labels[i] = Place(regions[i], Rects[i], labelScale, placed);
        }
    }

    /// <summary>The regions laid out.</summary>
    public IReadOnlyList<MappedRegion> Regions { get; }

    /// <summary>The picture's size.</summary>
    public Size Size { get; }

    /// <summary>Each region's pixel rectangle on the picture.</summary>
    public PixelRect[] Rects { get; }

    /// <summary>Each region's swatch row (<see cref="ReadingMarks.Slots"/>).</summary>
    public int[] Slots { get; }

    /// <summary>Each region's label, or null when none fits.</summary>
    public PreviewLabel?[] Labels { get; }

    /// <summary>Whether this layout is for <paramref name="regions"/> at <paramref name="size"/>.</summary>
    public bool IsFor(IReadOnlyList<MappedRegion> regions, Size size) => ReferenceEquals(regions, Regions) && size == Size;

    private static PreviewLabel? Place(MappedRegion region, PixelRect rect, double scale, List<Rect> placed)
    {
        var what = OverlayText.Drawable(region.Label);
        foreach (var text in new[] { string.IsNullOrEmpty(what) ? region.Name : $"{region.Name} {what}", what })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var size = Cv2.GetTextSize(text, HersheyFonts.HersheySimplex, scale, 1, out var baseline);
            var box = new Rect(rect.Left + 3, rect.Top + 3, size.Width + 4, size.Height + baseline + 4);
            if (box.Width > rect.Width - 6 || box.Height > rect.Height - 6)
            {
                continue;
            }

            while (placed.Any(p => p.IntersectsWith(box)))
            {
                box.Y += box.Height + 1;
            }

            if (box.Bottom > rect.Bottom - 3)
            {
                continue;
            }

            placed.Add(box);
            return new PreviewLabel(text, box, new Point(box.X + 2, box.Y + 2 + size.Height));
        }

        return null;
    }
}
