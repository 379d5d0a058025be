namespace Pix2Midi.Core.Analysis;

/// <summary>
/// The grid of cells that regions' edges cut a frame into, and summed-area tables over it: every
/// distinct left/right edge is a column boundary, every top/bottom edge a row boundary (decision
/// 0005). Shared by <see cref="RegionSampler"/> and the colour grid, which sum different totals
/// into the same kind of cells.
/// </summary>
internal sealed class CellGrid
{
    /// <summary>Builds the grid of <paramref name="pixels"/>.</summary>
    public CellGrid(PixelRect[] pixels)
    {
        Xs = Boundaries(pixels, static r => r.Left, static r => r.Right);
        Ys = Boundaries(pixels, static r => r.Top, static r => r.Bottom);
        var segments = Math.Max(0, Xs.Length - 1);
        var bands = Math.Max(0, Ys.Length - 1);
        RegionX0 = new int[pixels.Length];
        RegionX1 = new int[pixels.Length];
        RegionY0 = new int[pixels.Length];
        RegionY1 = new int[pixels.Length];
        SegmentUsed = new bool[segments];
        BandUsed = new bool[bands];
        for (var i = 0; i < pixels.Length; i++)
        {
            RegionX0[i] = Array.BinarySearch(Xs, pixels[i].Left);
            RegionX1[i] = Array.BinarySearch(Xs, pixels[i].Right);
            RegionY0[i] = Array.BinarySearch(Ys, pixels[i].Top);
            RegionY1[i] = Array.BinarySearch(Ys, pixels[i].Bottom);
            SegmentUsed.AsSpan(RegionX0[i], RegionX1[i] - RegionX0[i]).Fill(true);
            BandUsed.AsSpan(RegionY0[i], RegionY1[i] - RegionY0[i]).Fill(true);
        }

        UsedSegments = [.. Enumerable.Range(0, segments).Where(i => SegmentUsed[i])];
        SpanStart = UsedSegments.Length == 0 ? 0 : Xs[UsedSegments[0]];
        SpanEnd = UsedSegments.Length == 0 ? 0 : Xs[UsedSegments[^1] + 1];
    }

    /// <summary>Column boundaries, ascending.</summary>
    public int[] Xs { get; }

    /// <summary>Row boundaries, ascending.</summary>
    public int[] Ys { get; }

    /// <summary>Each region's first column boundary (an index into <see cref="Xs"/>).</summary>
    public int[] RegionX0 { get; }

    /// <summary>Each region's last column boundary.</summary>
    public int[] RegionX1 { get; }

    /// <summary>Each region's first row boundary (an index into <see cref="Ys"/>).</summary>
    public int[] RegionY0 { get; }

    /// <summary>Each region's last row boundary.</summary>
    public int[] RegionY1 { get; }

    /// <summary>Whether some region covers each column of cells.</summary>
    public bool[] SegmentUsed { get; }

    /// <summary>Whether some region covers each row of cells.</summary>
    public bool[] BandUsed { get; }

    /// <summary>The columns of cells some region covers, ascending.</summary>
    public int[] UsedSegments { get; }

    /// <summary>The first pixel column a region covers.</summary>
    public int SpanStart { get; }

    /// <summary>The pixel column after the last one a region covers.</summary>
    public int SpanEnd { get; }

    /// <summary>Cells across.</summary>
    public int Segments => Math.Max(0, Xs.Length - 1);

    /// <summary>Cells down.</summary>
    public int Bands => Math.Max(0, Ys.Length - 1);

    /// <summary>The length of a summed-area table over the cells.</summary>
    public int TableLength => Xs.Length * Ys.Length;

    /// <summary>Fills <paramref name="table"/> (first row and column stay 0) from per-cell totals, band by band.</summary>
    public void BuildTable(ulong[] cells, ulong[] table)
    {
        // table[j, i] = the sum of the cells above band j and left of segment i.
        var stride = Xs.Length;
        var segments = stride - 1;
        for (var j = 1; j < Ys.Length; j++)
        {
            ulong rowRunning = 0;
            var cellRow = (j - 1) * segments;
            for (var i = 1; i < stride; i++)
            {
                rowRunning += cells[cellRow + i - 1];
                table[(j * stride) + i] = table[((j - 1) * stride) + i] + rowRunning;
            }
        }
    }

    /// <summary>Region <paramref name="region"/>'s total in <paramref name="table"/>: four look-ups.</summary>
    public ulong RegionSum(ulong[] table, int region)
    {
        var stride = Xs.Length;
        var x0 = RegionX0[region];
        var x1 = RegionX1[region];
        var y0 = RegionY0[region] * stride;
        var y1 = RegionY1[region] * stride;
        return table[y1 + x1] - table[y0 + x1] - table[y1 + x0] + table[y0 + x0];
    }

    private static int[] Boundaries(PixelRect[] rects, Func<PixelRect, int> start, Func<PixelRect, int> end)
    {
        var set = new SortedSet<int>();
        foreach (var rect in rects)
        {
            set.Add(start(rect));
            set.Add(end(rect));
        }

        return [.. set];
    }
}
