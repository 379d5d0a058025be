using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Analysis;

/// <summary>
/// Measures mean brightness, peak brightness and motion of many rectangular regions of a luma plane at once.
/// </summary>
/// <remarks>
/// <para>
/// The regions' edges cut the frame into a grid of cells (every distinct left/right edge makes a
/// column boundary, every top/bottom edge a row boundary). Each frame, one pass over the pixels
/// sums (and, when asked, takes the maximum of) each cell with SIMD; a summed-area table over
/// the cells then gives any region's sum with four look-ups. So the cost of a frame is one read
/// of the covered pixels plus a term in the number of distinct edges, not in the number of
/// regions: a 64×64 grid costs about what one full-frame region does. Peaks cost one look-up
/// per cell a region spans.
/// </para>
/// <para>
/// Motion, when asked for, is summed the same way: each cell also gets the sum of
/// |this frame − previous frame| over its pixels (SIMD sum of absolute differences), and a
/// second summed-area table over the cells gives each region's total. The previous frame is a
/// copy kept in one buffer, reused frame after frame.
/// </para>
/// <para>
/// Built once per frame size; <see cref="Measure"/> allocates nothing. Not thread-safe: one
/// sampler per pipeline.
/// </para>
/// </remarks>
public sealed class RegionSampler
{
    private readonly PixelRect[] _pixels;
    private readonly CellGrid _grid;
    private readonly int[] _xs;
    private readonly int[] _ys;
    private readonly int[] _regionX0;
    private readonly int[] _regionX1;
    private readonly int[] _regionY0;
    private readonly int[] _regionY1;
    private readonly bool[] _segmentUsed;
    private readonly bool[] _bandUsed;
    /// <summary>Rows added into 16-bit column totals before they are collected: 257 × 255 = 65,535.</summary>
    private const int MaxRowsPerCollect = 257;

    /// <summary>Segments at least this wide on average (pixels) are summed run by run rather than by column.</summary>
    private const int LongSegment = 256;

    private readonly ulong[] _cellSums;
    private readonly byte[] _cellMax;
    private readonly ulong[] _table;
    private readonly bool _measurePeaks;
    private readonly bool _measureMotion;
    private readonly ulong[] _cellDiffs;
    private readonly ulong[] _diffTable;
    private readonly ushort[] _columnSums;
    private readonly ushort[] _columnDiffs;
    private readonly byte[] _columnMax;
    private readonly int _spanStart;
    private readonly int _spanEnd;
    private readonly bool _longSegments;
    private byte[] _previous;
    private bool _hasPrevious;

    /// <summary>Prepares to sample <paramref name="regions"/> in frames of the given size.</summary>
    /// <param name="regions">The regions, in the order measurements are returned.</param>
    /// <param name="frameWidth">Frame width in pixels.</param>
    /// <param name="frameHeight">Frame height in pixels.</param>
    /// <param name="measurePeaks">Whether to find each region's brightest pixel too.</param>
    /// <param name="measureMotion">Whether to measure each region's change since the previous frame too.</param>
    public RegionSampler(IReadOnlyList<NormalizedRect> regions, int frameWidth, int frameHeight, bool measurePeaks, bool measureMotion = false)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameHeight);
        FrameWidth = frameWidth;
        FrameHeight = frameHeight;
        _measurePeaks = measurePeaks;
        _pixels = new PixelRect[regions.Count];
        for (var i = 0; i < regions.Count; i++)
        {
            _pixels[i] = regions[i].ToPixels(frameWidth, frameHeight);
        }

        _grid = new CellGrid(_pixels);
        (_xs, _ys, _regionX0, _regionX1, _regionY0, _regionY1) = (_grid.Xs, _grid.Ys, _grid.RegionX0, _grid.RegionX1, _grid.RegionY0, _grid.RegionY1);
        (_segmentUsed, _bandUsed) = (_grid.SegmentUsed, _grid.BandUsed);
        var segments = _grid.Segments;
        var bands = _grid.Bands;
        _cellSums = new ulong[bands * segments];
        _cellMax = measurePeaks ? new byte[bands * segments] : [];
        _table = new ulong[_ys.Length * _xs.Length];
        _measureMotion = measureMotion;
        _cellDiffs = measureMotion ? new ulong[bands * segments] : [];
        _diffTable = measureMotion ? new ulong[_ys.Length * _xs.Length] : [];
        _previous = measureMotion ? new byte[frameWidth * frameHeight] : [];
        _columnSums = new ushort[frameWidth];
        _columnDiffs = measureMotion ? new ushort[frameWidth] : [];
        _columnMax = measurePeaks ? new byte[frameWidth] : [];
        var used = _grid.UsedSegments;
        (_spanStart, _spanEnd) = (_grid.SpanStart, _grid.SpanEnd);
        _longSegments = used.Length > 0 && used.Sum(i => _xs[i + 1] - _xs[i]) / used.Length >= LongSegment;
    }

    /// <summary>The frame width this sampler was built for.</summary>
    public int FrameWidth { get; }

    /// <summary>The frame height this sampler was built for.</summary>
    public int FrameHeight { get; }

    /// <summary>How many regions are measured.</summary>
    public int RegionCount => _pixels.Length;

    /// <summary>The cells of the boundary grid: the size of the summed-area table.</summary>
    public int CellCount => _cellSums.Length;

    /// <summary>Whether motion is measured.</summary>
    public bool MeasuresMotion => _measureMotion;

    /// <summary>
    /// Takes over <paramref name="previous"/>'s copy of the last frame, so motion goes on without
    /// a gap when one sampler replaces another on the same stream (a mapping reloaded mid-play).
    /// <paramref name="previous"/> must not be used afterwards.
    /// </summary>
    public void ContinueFrom(RegionSampler previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (_measureMotion && previous._measureMotion && previous._hasPrevious
            && previous.FrameWidth == FrameWidth && previous.FrameHeight == FrameHeight)
        {
            (_previous, previous._previous) = (previous._previous, _previous);
            _hasPrevious = true;
            previous._hasPrevious = false;
        }
    }

    /// <summary>The pixels region <paramref name="index"/> covers.</summary>
    public PixelRect PixelRegion(int index) => _pixels[index];

    /// <summary>Measures every region of <paramref name="plane"/> into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The plane's size is not the one the sampler was built for, or <paramref name="output"/> is
    /// shorter than <see cref="RegionCount"/>.
    /// </exception>
    public void Measure(LumaPlane plane, Span<RegionMeasurement> output)
    {
        if (plane.Width != FrameWidth || plane.Height != FrameHeight)
        {
            throw new ArgumentException($"The sampler was built for {FrameWidth}×{FrameHeight} frames, not {plane.Width}×{plane.Height}.", nameof(plane));
        }

        if (output.Length < _pixels.Length)
        {
            throw new ArgumentException($"Room for {_pixels.Length} measurements is needed.", nameof(output));
        }

        if (_pixels.Length == 0)
        {
            return;
        }

        var motion = _measureMotion && _hasPrevious;
        SumCells(plane, motion);
        _grid.BuildTable(_cellSums, _table);
        if (motion)
        {
            _grid.BuildTable(_cellDiffs, _diffTable);
        }

        for (var i = 0; i < _pixels.Length; i++)
        {
            var area = _pixels[i].Area * 255.0;
            var mean = (float)(_grid.RegionSum(_table, i) / area);
            var peak = _measurePeaks ? RegionPeak(i) / 255f : 0f;
            var change = motion ? (float)(_grid.RegionSum(_diffTable, i) / area) : 0f;
            output[i] = new RegionMeasurement(mean, peak, change);
        }

        if (_measureMotion)
        {
            for (var y = 0; y < FrameHeight; y++)
            {
                plane.Row(y).CopyTo(_previous.AsSpan(y * FrameWidth, FrameWidth));
            }

            _hasPrevious = true;
        }
    }

    private void SumCells(LumaPlane plane, bool motion)
    {
        Array.Clear(_cellSums);
        if (motion)
        {
            Array.Clear(_cellDiffs);
        }

        if (_measurePeaks)
        {
            Array.Clear(_cellMax);
        }

        if (_longSegments)
        {
            SumCellsBySegment(plane, motion);
            return;
        }

        // Each row is added column by column into 16-bit totals (one vector pass over the row,
        // whatever the number of segments), and the columns are collected into the cells once per
        // band, or every 257 rows, before a 16-bit total could overflow.
        var sums = _columnSums.AsSpan(_spanStart, _spanEnd - _spanStart);
        var diffs = motion ? _columnDiffs.AsSpan(_spanStart, _spanEnd - _spanStart) : [];
        var max = _measurePeaks ? _columnMax.AsSpan(_spanStart, _spanEnd - _spanStart) : [];
        for (var band = 0; band < _ys.Length - 1; band++)
        {
            if (!_bandUsed[band])
            {
                continue;
            }

            var rows = 0;
            for (var y = _ys[band]; y < _ys[band + 1]; y++)
            {
                var row = plane.Row(y)[_spanStart.._spanEnd];
                ByteRun.AccumulateSums(row, sums);
                if (motion)
                {
                    ByteRun.AccumulateAbsoluteDifferences(row, _previous.AsSpan((y * FrameWidth) + _spanStart, row.Length), diffs);
                }

                if (_measurePeaks)
                {
                    ByteRun.AccumulateMax(row, max);
                }

                if (++rows == MaxRowsPerCollect)
                {
                    Collect(band, motion, collectMax: false);
                    rows = 0;
                }
            }

            Collect(band, motion, collectMax: _measurePeaks);
        }
    }

    /// <summary>
    /// The path for few, wide segments: each row's run in each segment is summed directly, which
    /// is faster than column totals when runs are long.
    /// </summary>
    private void SumCellsBySegment(LumaPlane plane, bool motion)
    {
        var segments = _xs.Length - 1;
        for (var band = 0; band < _ys.Length - 1; band++)
        {
            if (!_bandUsed[band])
            {
                continue;
            }

            var cellRow = band * segments;
            for (var y = _ys[band]; y < _ys[band + 1]; y++)
            {
                var row = plane.Row(y);
                for (var s = 0; s < segments; s++)
                {
                    if (!_segmentUsed[s])
                    {
                        continue;
                    }

                    var run = row[_xs[s].._xs[s + 1]];
                    _cellSums[cellRow + s] += ByteRun.Sum(run);
                    if (motion)
                    {
                        _cellDiffs[cellRow + s] += ByteRun.SumAbsoluteDifferences(run, _previous.AsSpan((y * FrameWidth) + _xs[s], run.Length));
                    }

                    if (_measurePeaks)
                    {
                        var max = ByteRun.Max(run);
                        if (max > _cellMax[cellRow + s])
                        {
                            _cellMax[cellRow + s] = max;
                        }
                    }
                }
            }
        }
    }

    /// <summary>Adds the column totals into the band's cells and clears them.</summary>
    private void Collect(int band, bool motion, bool collectMax)
    {
        var segments = _xs.Length - 1;
        var cellRow = band * segments;
        for (var s = 0; s < segments; s++)
        {
            if (!_segmentUsed[s])
            {
                continue;
            }

            _cellSums[cellRow + s] += ByteRun.Sum(_columnSums.AsSpan(_xs[s], _xs[s + 1] - _xs[s]));
            if (motion)
            {
                _cellDiffs[cellRow + s] += ByteRun.Sum(_columnDiffs.AsSpan(_xs[s], _xs[s + 1] - _xs[s]));
            }

            if (collectMax)
            {
                _cellMax[cellRow + s] = ByteRun.Max(_columnMax.AsSpan(_xs[s], _xs[s + 1] - _xs[s]));
            }
        }

        _columnSums.AsSpan(_spanStart, _spanEnd - _spanStart).Clear();
        if (motion)
        {
            _columnDiffs.AsSpan(_spanStart, _spanEnd - _spanStart).Clear();
        }

        if (collectMax)
        {
            _columnMax.AsSpan(_spanStart, _spanEnd - _spanStart).Clear();
        }
    }

    private byte RegionPeak(int region)
    {
        var segments = _xs.Length - 1;
        byte best = 0;
        for (var band = _regionY0[region]; band < _regionY1[region]; band++)
        {
            var cells = _cellMax.AsSpan((band * segments) + _regionX0[region], _regionX1[region] - _regionX0[region]);
            best = Math.Max(best, ByteRun.Max(cells));
        }

        return best;
    }
}
