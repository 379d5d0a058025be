using System.Globalization;
using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Video.Files;

/// <summary>
/// The band of rows a mapping's regions cover, as fractions of the frame height: the
/// <c>ffmpeg</c> decoder pipes only these rows.
/// </summary>
/// <remarks>
/// The band is computed twice, by <c>ffmpeg</c>'s <c>crop</c> filter (which starts before the
/// frame height is known) and here, with the same double-precision arithmetic:
/// rows ⌊top × h⌋ − 1 to ⌈bottom × h⌉ + 1, clamped to the frame. The margin of one row each way
/// holds every row <see cref="NormalizedRect.ToPixels"/> can round a region's edge to.
/// </remarks>
/// <param name="Top">The highest region's top edge, 0..1.</param>
/// <param name="Bottom">The lowest region's bottom edge, 0..1.</param>
internal readonly record struct RowWindow(double Top, double Bottom)
{
    /// <summary>The band <paramref name="regions"/> cover, or null when they cover every row (or there are none).</summary>
    public static RowWindow? Of(IReadOnlyList<NormalizedRect>? regions)
    {
        if (regions is null || regions.Count == 0)
        {
            return null;
        }

        var top = Math.Clamp(regions.Min(r => r.Y), 0, 1);
        var bottom = Math.Clamp(regions.Max(r => r.Bottom), 0, 1);
        return double.IsFinite(top) && double.IsFinite(bottom) && (top > 0 || bottom < 1) ? new RowWindow(top, bottom) : null;
    }

    /// <summary>The first row piped and how many, in a frame <paramref name="height"/> rows high.</summary>
    public (int First, int Count) Rows(int height)
    {
        var first = (int)Math.Max(0, Math.Floor(Top * height) - 1);
        var end = (int)Math.Min(height, Math.Ceiling(Bottom * height) + 1);
        return end > first ? (first, end - first) : (Math.Min(first, height - 1), 1);
    }

    /// <summary>The <c>crop</c> filter that keeps these rows, whatever the frame height.</summary>
    public string CropFilter()
    {
        var top = Top.ToString("R", CultureInfo.InvariantCulture);
        var bottom = Bottom.ToString("R", CultureInfo.InvariantCulture);
        var first = $"max(0,floor({top}*ih)-1)";
        var end = $"min(ih,ceil({bottom}*ih)+1)";
        return $"crop=w=iw:h='max(1,{end}-{first})':x=0:y='{first}':exact=1";
    }
}
