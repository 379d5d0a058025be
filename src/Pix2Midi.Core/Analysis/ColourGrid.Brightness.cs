using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Analysis;

/// <summary>
/// Look-ups passed over by brightness: a key that needs a bright pixel (white) matches nothing
/// under a chroma sample whose pixels are all darker than its least matching luma at any (U, V), so
/// such samples (a dark sky's, most of a night) are not looked up. The brightest pixel under each
/// column of a chroma row is taken first; a row none of whose pixels is bright enough is passed over whole.
/// </summary>
internal sealed partial class ColourGrid
{
    /// <summary>Fills the brightest luma per column under chroma row <paramref name="chromaRow"/>, over the grid's span; returns the brightest of all.</summary>
    private int BrightestUnder(LumaPlane luma, int chromaRow, int shiftY)
    {
        var from = chromaRow << shiftY;
        var to = Math.Min(luma.Height, (chromaRow + 1) << shiftY);
        var span = _lumaMax.AsSpan(_spanStart, _spanEnd - _spanStart);
        luma.Row(from).Slice(_spanStart, span.Length).CopyTo(span);
        for (var y = from + 1; y < to; y++)
        {
            ByteRun.AccumulateMax(luma.Row(y).Slice(_spanStart, span.Length), span);
        }

        return ByteRun.Max(span);
    }

    /// <summary>Whether any of the brightest luma under 16 chroma samples (16 &lt;&lt; <paramref name="shift"/> columns) reaches <paramref name="floor"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AnyAtLeast(ref byte bright, int shift, Vector128<byte> floor)
    {
        var top = Vector128.LoadUnsafe(ref bright);
        for (var k = 1; k < 1 << shift; k++)
        {
            top = Vector128.Max(top, Vector128.LoadUnsafe(ref bright, (nuint)(16 * k)));
        }

        return Vector128.GreaterThanOrEqualAny(top, floor);
    }
}
