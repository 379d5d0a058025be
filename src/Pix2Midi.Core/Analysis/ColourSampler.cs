using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Analysis;

/// <summary>
/// Measures regions that look at colour, position or a reference picture: every reading of
/// <see cref="RegionMeasurement"/>, over only the pixels of a region's colour when it has one.
/// </summary>
/// <remarks>
/// <para>
/// Whether a pixel matches a colour depends on its chroma (U, V) and, for white, its luma; so
/// each colour is turned once into a table over the 65,536 (U, V) pairs holding the least luma
/// that matches (none: above 255). A pixel then matches when its luma reaches its (U, V)'s entry:
/// one look-up and one comparison, whatever the colour. Pixels are read where the source left
/// them: luma at full size, chroma at its own (subsampled) size.
/// </para>
/// <para>
/// Without motion or change, the regions of one colour (a grid of red-keyed notes, say, or six
/// colours over one sky each following its centre) are measured together by a
/// <see cref="ColourGrid"/>: one pass over the pixels they cover, each chroma sample looked up once,
/// whatever the number of regions. With motion or change they are measured region by region, pixel
/// by pixel; both paths give the same readings.
/// </para>
/// <para>
/// Regions the luma sampler can measure (brightness, peak, motion, no colour) are left to
/// <see cref="RegionSampler"/>, so a mapping without colour does no colour work at all.
/// Built once per frame size; <see cref="Measure"/> allocates nothing once it has seen both chroma
/// ranges it meets. Not thread-safe: one sampler per pipeline.
/// </para>
/// </remarks>
public sealed class ColourSampler
{
    /// <summary>A table entry no luma reaches.</summary>
    private const ushort Never = 256;

    /// <summary>Luma above this (mid-grey) counts as bright, for the centre of a region without a colour.</summary>
    internal const int BrightFloor = 128;

    private readonly PixelRect[] _pixels;
    private readonly int[] _keyOf;
    private readonly bool[] _position;
    private readonly ColourKey?[] _keys;
    private readonly ushort[]?[] _videoTables;
    private readonly ushort[]?[] _fullTables;
    private readonly ColourLookup?[] _videoLookups;
    private readonly ColourLookup?[] _fullLookups;
    private readonly bool _motion;
    private readonly bool _change;
    private readonly bool[] _inGrid;
    private readonly ColourGrid[] _grids;
    private readonly int[] _gridKeys;
    private readonly byte[] _previousLuma;
    private readonly byte[] _previousChroma;
    private readonly byte[] _referenceLuma;
    private readonly byte[] _referenceChroma;
    private int _previousChromaWidth;
    private int _previousShiftX;
    private int _previousShiftY;
    private bool _previousFullRange;
    private bool _hasPrevious;
    private int _referenceChromaWidth;
    private int _referenceShiftX;
    private int _referenceShiftY;
    private bool _referenceFullRange;
    private bool _hasReference;
    private bool _takeReference = true;

    /// <summary>Prepares to sample <paramref name="regions"/> in frames of the given size.</summary>
    /// <param name="regions">The regions, in the order measurements are returned.</param>
    /// <param name="frameWidth">Frame width in pixels.</param>
    /// <param name="frameHeight">Frame height in pixels.</param>
    /// <param name="measureMotion">Whether to measure change since the previous frame.</param>
    /// <param name="measureChange">Whether to measure change since the reference picture.</param>
    /// <remarks>A region's centre (<see cref="RegionMeasurement.X"/>, <see cref="RegionMeasurement.Y"/>) is found only when <see cref="ColourRegion.Position"/> asks for it; otherwise both are 0.5.</remarks>
    public ColourSampler(IReadOnlyList<ColourRegion> regions, int frameWidth, int frameHeight, bool measureMotion, bool measureChange)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameHeight);
        FrameWidth = frameWidth;
        FrameHeight = frameHeight;
        _pixels = new PixelRect[regions.Count];
        _keyOf = new int[regions.Count];
        _position = [.. regions.Select(r => r.Position)];

        // Key 0 is "any colour" (a region without one: its coverage and hue count coloured pixels).
        var keys = new List<ColourKey?> { null };
        for (var i = 0; i < regions.Count; i++)
        {
            _pixels[i] = regions[i].Rect.ToPixels(frameWidth, frameHeight);
            var key = regions[i].Colour;
            var index = key is null ? 0 : keys.IndexOf(key);
            if (index < 0)
            {
                index = keys.Count;
                keys.Add(key);
            }

            _keyOf[i] = index;
        }

        _keys = [.. keys];
        _videoTables = new ushort[]?[_keys.Length];
        _fullTables = new ushort[]?[_keys.Length];
        _videoLookups = new ColourLookup?[_keys.Length];
        _fullLookups = new ColourLookup?[_keys.Length];
        for (var k = 0; k < _keys.Length; k++)
        {
            _videoTables[k] = Table(_keys[k], fullRange: false);
        }

        _motion = measureMotion;
        _change = measureChange;
        var lumaSize = frameWidth * frameHeight;
        var chromaSize = 2 * lumaSize;
        _previousLuma = measureMotion ? new byte[lumaSize] : [];
        _previousChroma = measureMotion ? new byte[chromaSize] : [];
        _referenceLuma = measureChange ? new byte[lumaSize] : [];
        _referenceChroma = measureChange ? new byte[chromaSize] : [];

        // Without motion or change, the regions of one key are measured together, in one pass
        // whatever their number (with their centres when some look for them); with either, pixel by pixel.
        _inGrid = new bool[regions.Count];
        var grids = new List<ColourGrid>();
        var gridKeys = new List<int>();
        if (!measureMotion && !measureChange)
        {
            for (var k = 0; k < _keys.Length; k++)
            {
                var members = Enumerable.Range(0, regions.Count).Where(i => _keyOf[i] == k).ToArray();
                if (members.Length == 0)
                {
                    continue;
                }

                foreach (var i in members)
                {
                    _inGrid[i] = true;
                }

                grids.Add(new ColourGrid(members, _pixels, keyed: _keys[k] is not null, frameWidth, _position));
                gridKeys.Add(k);
            }
        }

        _grids = [.. grids];
        _gridKeys = [.. gridKeys];
    }

    /// <summary>The frame width this sampler was built for.</summary>
    public int FrameWidth { get; }

    /// <summary>The frame height this sampler was built for.</summary>
    public int FrameHeight { get; }

    /// <summary>How many regions are measured.</summary>
    public int RegionCount => _pixels.Length;

    /// <summary>The pixels region <paramref name="index"/> covers.</summary>
    public PixelRect PixelRegion(int index) => _pixels[index];

    /// <summary>The next frame becomes the reference picture <see cref="RegionMeasurement.Change"/> is measured from.</summary>
    public void TakeReference() => _takeReference = true;

    /// <summary>
    /// Takes over <paramref name="previous"/>'s last frame, so motion goes on without a gap when
    /// one sampler replaces another on the same stream. The reference picture is not taken over:
    /// a new mapping takes a new one. <paramref name="previous"/> must not be used afterwards.
    /// </summary>
    public void ContinueFrom(ColourSampler previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (_motion && previous._motion && previous._hasPrevious && previous.FrameWidth == FrameWidth && previous.FrameHeight == FrameHeight)
        {
            previous._previousLuma.CopyTo(_previousLuma, 0);
            previous._previousChroma.CopyTo(_previousChroma, 0);
            (_previousChromaWidth, _previousShiftX, _previousShiftY, _previousFullRange) =
                (previous._previousChromaWidth, previous._previousShiftX, previous._previousShiftY, previous._previousFullRange);
            _hasPrevious = true;
        }
    }

    /// <summary>Measures every region of a frame into <paramref name="output"/>.</summary>
    /// <param name="luma">The frame's luma.</param>
    /// <param name="chroma">Its colour; empty for a grey frame (no pixel then has a hue).</param>
    /// <param name="output">One measurement per region.</param>
    /// <exception cref="ArgumentException">The frame's size is not the sampler's, or <paramref name="output"/> is too short.</exception>
    public void Measure(LumaPlane luma, ChromaPlanes chroma, Span<RegionMeasurement> output)
    {
        if (luma.Width != FrameWidth || luma.Height != FrameHeight)
        {
            throw new ArgumentException($"The sampler was built for {FrameWidth}×{FrameHeight} frames, not {luma.Width}×{luma.Height}.", nameof(luma));
        }

        if (output.Length < _pixels.Length)
        {
            throw new ArgumentException($"Room for {_pixels.Length} measurements is needed.", nameof(output));
        }

        if (_change && _takeReference)
        {
            _referenceChromaWidth = Keep(luma, chroma, _referenceLuma, _referenceChroma);
            (_referenceShiftX, _referenceShiftY, _referenceFullRange) = (chroma.ShiftX, chroma.ShiftY, chroma.FullRange);
            _hasReference = true;
            _takeReference = false;
        }

        var fullRange = !chroma.IsEmpty && chroma.FullRange;
        for (var g = 0; g < _grids.Length; g++)
        {
            _grids[g].Measure(luma, chroma, TableFor(_gridKeys[g], fullRange), fullRange, output);
        }

        for (var i = 0; i < _pixels.Length; i++)
        {
            if (!_inGrid[i])
            {
                output[i] = MeasureRegion(i, luma, chroma, fullRange);
            }
        }

        if (_motion)
        {
            _previousChromaWidth = Keep(luma, chroma, _previousLuma, _previousChroma);
            (_previousShiftX, _previousShiftY, _previousFullRange) = (chroma.ShiftX, chroma.ShiftY, chroma.FullRange);
            _hasPrevious = true;
        }
    }

    private RegionMeasurement MeasureRegion(int index, LumaPlane luma, ChromaPlanes chroma, bool fullRange)
    {
        var rect = _pixels[index];
        var key = _keyOf[index];
        var keyed = _keys[key] is not null;
        var table = TableFor(key, fullRange);
        var hasChroma = !chroma.IsEmpty;
        var shiftX = hasChroma ? chroma.ShiftX : 0;
        var shiftY = hasChroma ? chroma.ShiftY : 0;
        var motionOn = _motion && _hasPrevious;
        var changeOn = _change && _hasReference;
        var position = _position[index];
        var previousTable = motionOn ? TableFor(key, _previousFullRange) : table;
        var referenceTable = changeOn ? TableFor(key, _referenceFullRange) : table;

        // A block is the luma pixels one chroma sample covers: one look-up decides them all (but
        // white's luma), and a block a colour region cannot match is passed over whole.
        int greyMinimum = table[(128 << 8) | 128];
        var simple = !motionOn && !changeOn && !position;

        // An unmatched pixel of a colour region adds nothing but to motion and change: not to its
        // totals, its peak or its centre (its weight is 0).
        var skipUnmatched = keyed && !motionOn && !changeOn;
        long count = 0, sumY = 0, sumU = 0, sumV = 0, allY = 0, allU = 0, allV = 0;
        long weight = 0, sumWx = 0, sumWy = 0, motion = 0, change = 0;
        var peak = 0;
        ref var lumaStart = ref MemoryMarshal.GetReference(luma.Pixels);
        var stride = luma.Stride;
        for (var cy = rect.Top >> shiftY; cy <= (rect.Bottom - 1) >> shiftY; cy++)
        {
            var y0 = Math.Max(rect.Top, cy << shiftY);
            var y1 = Math.Min(rect.Bottom, (cy + 1) << shiftY);
            var u = hasChroma ? chroma.URow(cy) : default;
            var v = hasChroma ? chroma.VRow(cy) : default;
            if (skipUnmatched && hasChroma)
            {
                // A row of chroma whose (U, V) box the colour cannot match at all is passed over whole.
                var first = rect.Left >> shiftX;
                var span = ((rect.Right - 1) >> shiftX) - first + 1;
                var (u0, u1, v0, v1) = ColourGrid.Box(u.Slice(first, span), v.Slice(first, span));
                if (!LookupFor(key, fullRange).AnyIn(u0, u1, v0, v1))
                {
                    continue;
                }
            }

            for (var cx = rect.Left >> shiftX; cx <= (rect.Right - 1) >> shiftX; cx++)
            {
                int cu = hasChroma ? u[cx] : 128, cv = hasChroma ? v[cx] : 128;
                int minimum = hasChroma ? table[(cu << 8) | cv] : greyMinimum;
                var x0 = Math.Max(rect.Left, cx << shiftX);
                var x1 = Math.Min(rect.Right, (cx + 1) << shiftX);
                var pixels = (x1 - x0) * (y1 - y0);
                if (skipUnmatched && minimum == Never)
                {
                    continue;
                }

                if (simple && (minimum == 0 || minimum == Never))
                {
                    // Every pixel of the block matches, or none does: totals without a test per pixel.
                    var (sum, top) = BlockTotals(ref lumaStart, stride, x0, x1, y0, y1);
                    allY += sum;
                    allU += (long)cu * pixels;
                    allV += (long)cv * pixels;
                    if (minimum == 0)
                    {
                        count += pixels;
                        sumY += sum;
                        sumU += (long)cu * pixels;
                        sumV += (long)cv * pixels;
                        peak = Math.Max(peak, top);
                    }
                    else if (!keyed)
                    {
                        peak = Math.Max(peak, top);
                    }

                    continue;
                }

                var previousMinimum = motionOn ? StoredMinimum(_previousChroma, _previousChromaWidth, _previousShiftX, _previousShiftY, previousTable, x0, y0) : 0;
                var referenceMinimum = changeOn ? StoredMinimum(_referenceChroma, _referenceChromaWidth, _referenceShiftX, _referenceShiftY, referenceTable, x0, y0) : 0;
                int blockCount = 0, blockSum = 0, blockAll = 0;
                for (var y = y0; y < y1; y++)
                {
                    ref var row = ref Unsafe.Add(ref lumaStart, y * stride);
                    for (var x = x0; x < x1; x++)
                    {
                        int l = Unsafe.Add(ref row, x);
                        blockAll += l;
                        var matched = l >= minimum;
                        var value = keyed && !matched ? 0 : l;
                        if (matched)
                        {
                            blockCount++;
                            blockSum += l;
                        }

                        peak = Math.Max(peak, value);
                        if (position)
                        {
                            var w = keyed ? value : Math.Max(0, l - BrightFloor);
                            weight += w;
                            sumWx += (long)w * (x - rect.Left);
                            sumWy += (long)w * (y - rect.Top);
                        }

                        if (motionOn)
                        {
                            int before = _previousLuma[(y * FrameWidth) + x];
                            motion += Math.Abs(value - (keyed && before < previousMinimum ? 0 : before));
                        }

                        if (changeOn)
                        {
                            int before = _referenceLuma[(y * FrameWidth) + x];
                            change += Math.Abs(value - (keyed && before < referenceMinimum ? 0 : before));
                        }
                    }
                }

                count += blockCount;
                sumY += blockSum;
                sumU += (long)cu * blockCount;
                sumV += (long)cv * blockCount;
                allY += blockAll;
                allU += (long)cu * pixels;
                allV += (long)cv * pixels;
            }
        }

        var scale = rect.Area * 255.0;
        return Reading(rect, keyed, fullRange, count, sumY, sumU, sumV, allY, allU, allV, peak) with
        {
            Motion = motionOn ? (float)(motion / scale) : 0f,
            X = weight == 0 ? 0.5f : (float)(((sumWx / (double)weight) + 0.5) / rect.Width),
            Y = weight == 0 ? 0.5f : (float)(1 - (((sumWy / (double)weight) + 0.5) / rect.Height)),
            Change = changeOn ? (float)(change / scale) : 0f,
        };
    }

    /// <summary>
    /// A region's readings from its totals: matching pixels, their luma, U and V; luma, U and V over
    /// all its pixels (read only without a key); its peak. Centre 0.5, no motion or change.
    /// </summary>
    internal static RegionMeasurement Reading(PixelRect rect, bool keyed, bool fullRange, long count, long sumY, long sumU, long sumV, long allY, long allU, long allV, int peak)
    {
        var area = (double)rect.Area;
        var scale = area * 255;
        double hue = 0, saturation = 0, red = 0, green = 0, blue = 0;
        if (count > 0)
        {
            // The matching pixels' mean colour gives the hue and, for a colour, the mean colour too.
            var (r, g, b) = YuvColour.ToRgb(sumY / (double)count, sumU / (double)count, sumV / (double)count, fullRange);
            var (h, chroma, value) = ColourKey.Hsv(r, g, b);
            (hue, saturation) = (h, value <= 0 ? 0 : Math.Clamp(chroma / value, 0, 1));
            if (keyed)
            {
                (red, green, blue) = (Math.Clamp(r, 0, 1), Math.Clamp(g, 0, 1), Math.Clamp(b, 0, 1));
            }
        }

        if (!keyed)
        {
            (red, green, blue) = MeanColour(rect.Area, allY, allU, allV, fullRange);
        }

        return new RegionMeasurement((float)((keyed ? sumY : allY) / scale), peak / 255f)
        {
            Coverage = (float)(count / area),
            Hue = (float)hue,
            Saturation = (float)saturation,
            Red = (float)red,
            Green = (float)green,
            Blue = (float)blue,
            X = 0.5f,
            Y = 0.5f,
        };
    }

    /// <summary>The sum and the largest of a block's luma.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Sum, int Max) BlockTotals(ref byte lumaStart, int stride, int x0, int x1, int y0, int y1)
    {
        int sum = 0, max = 0;
        for (var y = y0; y < y1; y++)
        {
            ref var row = ref Unsafe.Add(ref lumaStart, y * stride);
            for (var x = x0; x < x1; x++)
            {
                int l = Unsafe.Add(ref row, x);
                sum += l;
                max = Math.Max(max, l);
            }
        }

        return (sum, max);
    }

    /// <summary>The least matching luma at a kept frame's chroma sample over pixel (x, y).</summary>
    private static int StoredMinimum(byte[] chroma, int chromaWidth, int shiftX, int shiftY, ushort[] table, int x, int y)
    {
        if (chromaWidth == 0)
        {
            return table[(128 << 8) | 128];
        }

        var at = 2 * (((y >> shiftY) * chromaWidth) + (x >> shiftX));
        return table[(chroma[at] << 8) | chroma[at + 1]];
    }

    /// <summary>Copies a frame into a kept one (chroma interleaved U, V); returns the chroma width, 0 for none.</summary>
    private int Keep(LumaPlane luma, ChromaPlanes chroma, byte[] keptLuma, byte[] keptChroma)
    {
        for (var y = 0; y < FrameHeight; y++)
        {
            luma.Row(y).CopyTo(keptLuma.AsSpan(y * FrameWidth, FrameWidth));
        }

        if (chroma.IsEmpty)
        {
            return 0;
        }

        var width = chroma.Width;
        for (var y = 0; y < chroma.Height; y++)
        {
            var u = chroma.URow(y);
            var v = chroma.VRow(y);
            var kept = keptChroma.AsSpan(2 * y * width, 2 * width);
            for (var x = 0; x < width; x++)
            {
                kept[2 * x] = u[x];
                kept[(2 * x) + 1] = v[x];
            }
        }

        return width;
    }

    /// <summary>The key's table as a <see cref="ColourLookup"/>, made once per key and range.</summary>
    private ColourLookup LookupFor(int key, bool fullRange)
    {
        var lookups = fullRange ? _fullLookups : _videoLookups;
        return lookups[key] ??= new ColourLookup(TableFor(key, fullRange));
    }

    private ushort[] TableFor(int key, bool fullRange)
    {
        if (!fullRange)
        {
            return _videoTables[key]!;
        }

        return _fullTables[key] ??= Table(_keys[key], fullRange: true);
    }

    private static (double Red, double Green, double Blue) MeanColour(long count, long sumY, long sumU, long sumV, bool fullRange)
    {
        if (count == 0)
        {
            return (0, 0, 0);
        }

        var (r, g, b) = YuvColour.ToRgb(sumY / (double)count, sumU / (double)count, sumV / (double)count, fullRange);
        return (Math.Clamp(r, 0, 1), Math.Clamp(g, 0, 1), Math.Clamp(b, 0, 1));
    }

    /// <summary>
    /// For every (U, V), the least luma of a pixel that matches <paramref name="key"/> (null: that is
    /// coloured at all), or <see cref="Never"/>.
    /// </summary>
    private static ushort[] Table(ColourKey? key, bool fullRange)
    {
        var table = new ushort[65536];
        var black = fullRange ? 0.0 : 16.0;
        var lumaScale = fullRange ? 255.0 : 219.0;
        for (var u = 0; u < 256; u++)
        {
            for (var v = 0; v < 256; v++)
            {
                // Chroma adds the same to R, G and B whatever the luma, so hue and chroma (max − min)
                // depend on (U, V) alone; only white's brightness needs the luma.
                var (r, g, b) = YuvColour.ToRgb(black, u, v, fullRange);
                var (hue, chroma, _) = ColourKey.Hsv(r, g, b);
                ushort least;
                if (key is null)
                {
                    least = chroma >= ColourKey.ChromaFloor ? (ushort)0 : Never;
                }
                else if (!key.IsWhite)
                {
                    least = chroma >= ColourKey.ChromaFloor && ColourKey.Distance(hue, key.Hue) <= key.Tolerance ? (ushort)0 : Never;
                }
                else if (chroma >= ColourKey.ChromaFloor)
                {
                    least = Never;
                }
                else
                {
                    // value = luma + the largest channel offset; luma = (Y − black) / scale.
                    var offset = Math.Max(r, Math.Max(g, b));
                    var needed = Math.Ceiling(black + ((key.MinValue - offset) * lumaScale) - 1e-9);
                    least = (ushort)Math.Clamp(needed, 0, Never);
                }

                table[(u << 8) | v] = least;
            }
        }

        return table;
    }
}
