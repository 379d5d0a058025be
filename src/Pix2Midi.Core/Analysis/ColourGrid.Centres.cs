using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pix2Midi.Core.Analysis;

/// <summary>
/// Centres in the one pass: a region's centre is the weighted mean of its pixels' places (weight:
/// a matching pixel's luma for a colour; luma above mid-grey with no colour), so each cell keeps
/// three more totals, the weights and the weights times x and times y, and a region's centre comes
/// from the same summed-area look-ups as its other totals. Times x is taken from the weights' own
/// column totals when they are collected (a column has one x); times y is added as pixels are
/// (a row has one y), into 32-bit column totals, only for vectors holding some weight.
/// </summary>
internal sealed partial class ColourGrid
{
    /// <summary>Region <paramref name="region"/>'s reading with its centre, from its total weight.</summary>
    private RegionMeasurement Centre(int region, RegionMeasurement reading, long weight)
    {
        if (weight == 0)
        {
            return reading;
        }

        // Relative to the region's corner, as the pixel-by-pixel path adds them up.
        var rect = _pixels[region];
        var sumWx = (long)_grid.RegionSum(_tableWx, region) - ((long)rect.Left * weight);
        var sumWy = (long)_grid.RegionSum(_tableWy, region) - ((long)rect.Top * weight);
        return reading with
        {
            X = (float)(((sumWx / (double)weight) + 0.5) / rect.Width),
            Y = (float)(1 - (((sumWy / (double)weight) + 0.5) / rect.Height)),
        };
    }

    /// <summary>Adds each of <paramref name="weights"/> times <paramref name="y"/> to the 32-bit column totals from <paramref name="x"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTimes(ref uint columns, int x, Vector<byte> weights, Vector<uint> y)
    {
        Vector.Widen(weights, out var low, out var high);
        Vector.Widen(low, out var a, out var b);
        Vector.Widen(high, out var c, out var d);
        ref var at = ref Unsafe.Add(ref columns, x);
        var step = Vector<uint>.Count;
        (Vector.LoadUnsafe(ref at) + (a * y)).StoreUnsafe(ref at);
        (Vector.LoadUnsafe(ref at, (nuint)step) + (b * y)).StoreUnsafe(ref at, (nuint)step);
        (Vector.LoadUnsafe(ref at, (nuint)(2 * step)) + (c * y)).StoreUnsafe(ref at, (nuint)(2 * step));
        (Vector.LoadUnsafe(ref at, (nuint)(3 * step)) + (d * y)).StoreUnsafe(ref at, (nuint)(3 * step));
    }

    /// <summary>The sum of column totals, each times its column's x (the first is <paramref name="from"/>).</summary>
    private static ulong Moment(ReadOnlySpan<ushort> columns, int from)
    {
        ulong total = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            total += (ulong)columns[i] * (ulong)(from + i);
        }

        return total;
    }

    /// <summary>The sum of 32-bit column totals.</summary>
    private static ulong Total(ReadOnlySpan<uint> columns)
    {
        ulong total = 0;
        ref var at = ref MemoryMarshal.GetReference(columns);
        for (var i = 0; i < columns.Length; i++)
        {
            total += Unsafe.Add(ref at, i);
        }

        return total;
    }
}
