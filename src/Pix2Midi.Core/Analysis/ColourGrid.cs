using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Analysis;

/// <summary>
/// The fast path of <see cref="ColourSampler"/>: every region of one colour key that reads neither
/// its centre, motion nor change, measured in one pass over the pixels they cover, however many
/// there are.
/// </summary>
/// <remarks>
/// <para>
/// As in <see cref="RegionSampler"/>, the regions' edges cut the frame into cells. Per chroma row
/// the key's table is looked up once for each sample (not once per region), and the least matching
/// luma, a "can match at all" mask and U and V are stretched to luma resolution. Then each luma
/// row is compared and masked a vector at a time (matching luma, else 0), and added into 16-bit
/// column totals: matching pixels, their luma, their U, their V (for the key of no colour, also
/// luma, U and V over every pixel), and the column maxima. When every edge is on an even column,
/// two neighbouring columns share a 16-bit lane. The columns are collected into the cells once per
/// band (or before a total could overflow), and a summed-area table per total gives any region's
/// totals with four look-ups; its peak is the largest of the maxima of the cells it spans.
/// </para>
/// <para>
/// Look-ups are the main cost, so they are avoided where the answer is known: a chroma row, or a
/// run of 16 samples, whose (U, V) box holds no entry that can match (or, for a key that does not
/// depend on luma, only entries that match) is decided whole, from a summed-area table over the
/// key's table (<see cref="ColourLookup"/>). A vector of pixels none of which matches is passed over.
/// </para>
/// <para>
/// The totals are the same integers the per-pixel path adds up, so the readings are the same to
/// the last bit. Allocates nothing while measuring, once it has seen the frame's chroma range.
/// </para>
/// </remarks>
internal sealed partial class ColourGrid
{
    /// <summary>Rows added into 16-bit column totals before they are collected: 257 × 255 = 65,535.</summary>
    private const int MaxRowsPerCollect = 257;

    /// <summary>Rows added into 16-bit totals of two columns each before they are collected: 128 × 510 = 65,280.</summary>
    private const int MaxPairedRowsPerCollect = 128;

    private const int Count = 0;
    private const int SumY = 1;
    private const int SumU = 2;
    private const int SumV = 3;
    private const int AllY = 4;
    private const int AllU = 5;
    private const int AllV = 6;

    /// <summary>With no key, a centre's weight: luma above <see cref="ColourSampler.BrightFloor"/>.</summary>
    private const int Weight = 7;

    /// <summary>Chroma samples whose (U, V) box is checked before they are looked up one by one.</summary>
    private const int Chunk = 16;

    /// <summary>Room past the row end for a chroma sample stretched over up to four pixels.</summary>
    private const int Padding = 64;

    private readonly int[] _regions;
    private readonly PixelRect[] _pixels;
    private readonly CellGrid _grid;
    private readonly bool _keyed;
    private readonly int[] _xs;
    private readonly int[] _ys;
    private readonly int[] _regionX0;
    private readonly int[] _regionX1;
    private readonly int[] _regionY0;
    private readonly int[] _regionY1;
    private readonly bool[] _segmentUsed;
    private readonly bool[] _bandUsed;
    private readonly int _spanStart;
    private readonly int _spanEnd;
    private readonly ulong[][] _cells;
    private readonly ulong[][] _tables;
    private readonly byte[] _cellMax;
    private readonly ushort[][] _columns;
    private readonly byte[] _columnMax;
    private readonly byte[] _chromaLeast;
    private readonly byte[] _chromaPossible;
    private readonly byte[] _least;
    private readonly byte[] _possible;
    private readonly byte[] _u;
    private readonly byte[] _v;
    private readonly bool _paired;
    private readonly bool _position;
    private readonly bool[] _centre;
    private readonly ulong[] _cellWx;
    private readonly ulong[] _cellWy;
    private readonly ulong[] _tableWx;
    private readonly ulong[] _tableWy;
    private readonly uint[] _columnWy;
    private readonly byte[] _lumaMax;
    private ColourLookup? _lookup;
    private ColourLookup? _otherLookup;

    /// <summary>Prepares to measure some of a sampler's regions, all of one colour key.</summary>
    /// <param name="regions">The regions' indices in the sampler's output.</param>
    /// <param name="pixels">Every region of the sampler, in pixels.</param>
    /// <param name="keyed">Whether the key is a colour (false: the key of no colour, which also needs totals over every pixel).</param>
    /// <param name="frameWidth">Frame width in pixels.</param>
    /// <param name="centre">Per region of the sampler, whether it reads its centre (null: none does).</param>
    public ColourGrid(int[] regions, PixelRect[] pixels, bool keyed, int frameWidth, bool[]? centre = null)
    {
        _regions = regions;
        _pixels = [.. regions.Select(i => pixels[i])];
        _keyed = keyed;
        _grid = new CellGrid(_pixels);
        (_xs, _ys, _regionX0, _regionX1, _regionY0, _regionY1) = (_grid.Xs, _grid.Ys, _grid.RegionX0, _grid.RegionX1, _grid.RegionY0, _grid.RegionY1);
        (_segmentUsed, _bandUsed, _spanStart, _spanEnd) = (_grid.SegmentUsed, _grid.BandUsed, _grid.SpanStart, _grid.SpanEnd);
        var segments = _grid.Segments;
        var bands = _grid.Bands;

        // With every edge on an even column, neighbouring pixels always share a cell: their totals
        // are added in pairs (one 16-bit lane per two columns), half the additions and stores.
        _centre = [.. regions.Select(i => centre?[i] ?? false)];
        _position = _centre.Any(c => c);
        _paired = Avx2.IsSupported && !_position && _xs.All(x => x % 2 == 0);
        var totals = keyed ? 4 : _position ? 8 : 7;
        _cells = new ulong[totals][];
        _tables = new ulong[totals][];
        _columns = new ushort[totals][];
        for (var q = 0; q < totals; q++)
        {
            _cells[q] = new ulong[bands * segments];
            _tables[q] = new ulong[_ys.Length * _xs.Length];
            _columns[q] = new ushort[frameWidth + Padding];
        }

        var centres = _position ? bands * segments : 0;
        (_cellWx, _cellWy) = (new ulong[centres], new ulong[centres]);
        (_tableWx, _tableWy) = _position ? (new ulong[_ys.Length * _xs.Length], new ulong[_ys.Length * _xs.Length]) : ([], []);
        _columnWy = _position ? new uint[frameWidth + Padding] : [];
        _lumaMax = new byte[frameWidth + Padding];
        _cellMax = new byte[bands * segments];
        _columnMax = new byte[frameWidth + Padding];
        _chromaLeast = new byte[frameWidth + Padding];
        _chromaPossible = new byte[frameWidth + Padding];
        _least = new byte[frameWidth + Padding];
        _possible = new byte[frameWidth + Padding];
        _u = new byte[frameWidth + Padding];
        _v = new byte[frameWidth + Padding];
    }

    /// <summary>Measures this grid's regions into their places in <paramref name="output"/>.</summary>
    /// <param name="luma">The frame's luma.</param>
    /// <param name="chroma">Its colour, or empty.</param>
    /// <param name="table">The key's least matching luma per (U, V), for the frame's range.</param>
    /// <param name="fullRange">Whether the frame's chroma is full range.</param>
    /// <param name="output">Every region's measurement, by the sampler's index.</param>
    public void Measure(LumaPlane luma, ChromaPlanes chroma, ushort[] table, bool fullRange, Span<RegionMeasurement> output)
    {
        if (_pixels.Length == 0)
        {
            return;
        }

        if (_lookup?.Source != table)
        {
            (_lookup, _otherLookup) = (_otherLookup?.Source == table ? _otherLookup : new ColourLookup(table), _lookup);
        }

        SumCells(luma, chroma, _lookup);
        _grid.BuildTable(_cells[Count], _tables[Count]);
        var anyMatched = _tables[Count][^1] != 0;
        for (var q = SumY; q < _cells.Length; q++)
        {
            // Where nothing matched, the matching totals are all 0 and no region reads them.
            if (anyMatched || q >= AllY)
            {
                _grid.BuildTable(_cells[q], _tables[q]);
            }
        }

        if (_position && (anyMatched || !_keyed))
        {
            _grid.BuildTable(_cellWx, _tableWx);
            _grid.BuildTable(_cellWy, _tableWy);
        }

        for (var i = 0; i < _pixels.Length; i++)
        {
            long count = (long)_grid.RegionSum(_tables[Count], i), sumY = 0, sumU = 0, sumV = 0, allY = 0, allU = 0, allV = 0;
            if (count > 0)
            {
                (sumY, sumU, sumV) = ((long)_grid.RegionSum(_tables[SumY], i), (long)_grid.RegionSum(_tables[SumU], i), (long)_grid.RegionSum(_tables[SumV], i));
            }

            if (!_keyed)
            {
                (allY, allU, allV) = ((long)_grid.RegionSum(_tables[AllY], i), (long)_grid.RegionSum(_tables[AllU], i), (long)_grid.RegionSum(_tables[AllV], i));
            }

            // A colour's peak is its brightest matching pixel: none, none.
            var peak = _keyed && count == 0 ? 0 : RegionPeak(i);
            var reading = ColourSampler.Reading(_pixels[i], _keyed, fullRange, count, sumY, sumU, sumV, allY, allU, allV, peak);
            output[_regions[i]] = _centre[i] ? Centre(i, reading, _keyed ? sumY : (long)_grid.RegionSum(_tables[Weight], i)) : reading;
        }
    }

    private void SumCells(LumaPlane luma, ChromaPlanes chroma, ColourLookup lookup)
    {
        foreach (var cells in _cells)
        {
            Array.Clear(cells);
        }

        Array.Clear(_cellWx);
        Array.Clear(_cellWy);

        Array.Clear(_cellMax);
        var hasChroma = !chroma.IsEmpty;
        var shiftX = hasChroma ? chroma.ShiftX : 0;
        var shiftY = hasChroma ? chroma.ShiftY : 0;
        var rowReady = false;
        if (!hasChroma)
        {
            // A grey frame: every pixel has (128, 128).
            rowReady = PrepareGrey(lookup.Source[(128 << 8) | 128]);
        }
        else if (lookup.Least is null)
        {
            _least.AsSpan(_spanStart, _spanEnd - _spanStart).Clear();
        }

        var lastChromaRow = -1;
        for (var band = 0; band < _ys.Length - 1; band++)
        {
            if (!_bandUsed[band])
            {
                continue;
            }

            var rows = 0;
            var dirty = false;
            for (var y = _ys[band]; y < _ys[band + 1]; y++)
            {
                if (hasChroma && (y >> shiftY) != lastChromaRow)
                {
                    lastChromaRow = y >> shiftY;
                    var gated = _keyed && lookup.LeastLuma > 0;
                    rowReady = (!gated || BrightestUnder(luma, lastChromaRow, shiftY) >= lookup.LeastLuma)
                        && PrepareRow(chroma.URow(lastChromaRow), chroma.VRow(lastChromaRow), lookup, shiftX, gated);
                }

                if (!rowReady)
                {
                    continue;
                }

                if (_paired)
                {
                    AccumulatePairs(luma.Row(y));
                }
                else
                {
                    AccumulateRow(luma.Row(y), y);
                }

                dirty = true;
                if (++rows == (_paired ? MaxPairedRowsPerCollect : MaxRowsPerCollect))
                {
                    Collect(band, collectMax: false);
                    rows = 0;
                }
            }

            if (dirty)
            {
                Collect(band, collectMax: true);
            }
        }
    }

    /// <summary>The stretched rows for a frame without chroma; whether any pixel can match.</summary>
    private bool PrepareGrey(int least)
    {
        var count = _spanEnd - _spanStart;
        _least.AsSpan(_spanStart, count).Fill((byte)(least - (least >> 8)));
        _possible.AsSpan(_spanStart, count).Fill((byte)((least - 256) >> 31));
        _u.AsSpan(_spanStart, count).Fill(128);
        _v.AsSpan(_spanStart, count).Fill(128);
        return !_keyed || least < 256;
    }

    /// <summary>
    /// Looks one chroma row's samples up and stretches the results, U and V to luma resolution;
    /// whether any pixel of the row can count (always, for the key of no colour). A row, or a run
    /// of 16 samples, whose (U, V) box holds no entry that can match is not looked up at all; nor
    /// is a run whose box holds only entries that match at any luma.
    /// </summary>
    private bool PrepareRow(ReadOnlySpan<byte> uRow, ReadOnlySpan<byte> vRow, ColourLookup lookup, int shift, bool gated)
    {
        var first = _spanStart >> shift;
        var end = ((_spanEnd - 1) >> shift) + 1;
        var u = uRow[first..end];
        var v = vRow[first..end];
        var count = end - first;
        var any = 0;
        var (uMin, uMax, vMin, vMax) = Box(u, v);
        if (lookup.AnyIn(uMin, uMax, vMin, vMax))
        {
            ref var possibleTable = ref MemoryMarshal.GetArrayDataReference(lookup.Possible);
            ref var possible = ref MemoryMarshal.GetArrayDataReference(_chromaPossible);
            var graded = lookup.Least is not null;
            ref var leastTable = ref MemoryMarshal.GetArrayDataReference(lookup.Least ?? lookup.Possible);
            ref var least = ref MemoryMarshal.GetArrayDataReference(_chromaLeast);
            ref var us = ref MemoryMarshal.GetReference(u);
            ref var vs = ref MemoryMarshal.GetReference(v);
            var i = 0;
            if (Sse2.IsSupported)
            {
                ref var bright = ref MemoryMarshal.GetArrayDataReference(_lumaMax);
                var floor = Vector128.Create((byte)Math.Min(255, lookup.LeastLuma));
                for (; i <= count - Chunk; i += Chunk)
                {
                    if (gated && !AnyAtLeast(ref Unsafe.Add(ref bright, (first + i) << shift), shift, floor))
                    {
                        // No pixel under these samples is bright enough for the key at any (U, V).
                        Vector128<byte>.Zero.StoreUnsafe(ref possible, (nuint)i);
                        continue;
                    }

                    var u0 = Vector128.LoadUnsafe(ref us, (nuint)i);
                    var v0 = Vector128.LoadUnsafe(ref vs, (nuint)i);
                    (uMin, uMax, vMin, vMax) = Box(u0, u0, v0, v0);
                    var matching = lookup.CountIn(uMin, uMax, vMin, vMax);
                    if (matching == 0)
                    {
                        Vector128<byte>.Zero.StoreUnsafe(ref possible, (nuint)i);
                        continue;
                    }

                    if (!graded && matching == (uMax - uMin + 1) * (vMax - vMin + 1))
                    {
                        // Every (U, V) in the box matches at any luma: so do all these samples.
                        Vector128<byte>.AllBitsSet.StoreUnsafe(ref possible, (nuint)i);
                        any = -1;
                        continue;
                    }

                    any |= graded
                        ? LookUp(ref possibleTable, ref leastTable, ref us, ref vs, ref possible, ref least, i, i + Chunk)
                        : LookUp(ref possibleTable, ref us, ref vs, ref possible, i, i + Chunk);
                }
            }

            any |= graded
                ? LookUp(ref possibleTable, ref leastTable, ref us, ref vs, ref possible, ref least, i, count)
                : LookUp(ref possibleTable, ref us, ref vs, ref possible, i, count);
        }
        else if (_keyed)
        {
            return false;
        }
        else
        {
            _chromaPossible.AsSpan(0, count).Clear();
        }

        if (any == 0 && _keyed)
        {
            return false;
        }

        var at = first << shift;
        if (lookup.Least is not null)
        {
            Stretch(_chromaLeast.AsSpan(0, count), _least.AsSpan(at), shift);
        }

        Stretch(_chromaPossible.AsSpan(0, count), _possible.AsSpan(at), shift);
        Stretch(u, _u.AsSpan(at), shift);
        Stretch(v, _v.AsSpan(at), shift);
        return true;
    }

    /// <summary>Writes whether each sample in [<paramref name="from"/>, <paramref name="to"/>) can match; nonzero when one can.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LookUp(ref byte table, ref byte us, ref byte vs, ref byte possible, int from, int to)
    {
        var any = 0;
        for (var i = from; i < to; i++)
        {
            int can = Unsafe.Add(ref table, (Unsafe.Add(ref us, i) << 8) | Unsafe.Add(ref vs, i));
            Unsafe.Add(ref possible, i) = (byte)can;
            any |= can;
        }

        return any;
    }

    /// <summary>As the other <c>LookUp</c>, writing each sample's least matching luma too.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LookUp(ref byte table, ref byte leastTable, ref byte us, ref byte vs, ref byte possible, ref byte least, int from, int to)
    {
        var any = 0;
        for (var i = from; i < to; i++)
        {
            var index = (Unsafe.Add(ref us, i) << 8) | Unsafe.Add(ref vs, i);
            int can = Unsafe.Add(ref table, index);
            Unsafe.Add(ref possible, i) = (byte)can;
            Unsafe.Add(ref least, i) = Unsafe.Add(ref leastTable, index);
            any |= can;
        }

        return any;
    }

    /// <summary>The least and greatest U and V of a row.</summary>
    internal static (int UMin, int UMax, int VMin, int VMax) Box(ReadOnlySpan<byte> u, ReadOnlySpan<byte> v)
    {
        int uMin = 255, uMax = 0, vMin = 255, vMax = 0;
        var i = 0;
        if (Sse2.IsSupported && u.Length >= Vector128<byte>.Count)
        {
            var lowU = Vector128.Create((byte)255);
            var highU = Vector128<byte>.Zero;
            var lowV = lowU;
            var highV = highU;
            ref var us = ref MemoryMarshal.GetReference(u);
            ref var vs = ref MemoryMarshal.GetReference(v);
            for (; i <= u.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var a = Vector128.LoadUnsafe(ref us, (nuint)i);
                var b = Vector128.LoadUnsafe(ref vs, (nuint)i);
                (lowU, highU, lowV, highV) = (Vector128.Min(lowU, a), Vector128.Max(highU, a), Vector128.Min(lowV, b), Vector128.Max(highV, b));
            }

            (uMin, uMax, vMin, vMax) = Box(lowU, highU, lowV, highV);
        }

        for (; i < u.Length; i++)
        {
            (uMin, uMax, vMin, vMax) = (Math.Min(uMin, u[i]), Math.Max(uMax, u[i]), Math.Min(vMin, v[i]), Math.Max(vMax, v[i]));
        }

        return (uMin, uMax, vMin, vMax);
    }

    /// <summary>The least and greatest U and V, from lane-wise minima and maxima of each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int UMin, int UMax, int VMin, int VMax) Box(Vector128<byte> uMin, Vector128<byte> uMax, Vector128<byte> vMin, Vector128<byte> vMax)
    {
        // Minima of U in the low 8 bytes and of V in the high 8, then folded within each half; the
        // maxima the same way, as minima of the complements.
        var low = Fold(uMin, vMin);
        var high = Fold(~uMax, ~vMax);
        return (low.GetElement(0), 255 - high.GetElement(0), low.GetElement(8), 255 - high.GetElement(8));
    }

    /// <summary>The least byte of <paramref name="u"/> in byte 0 and of <paramref name="v"/> in byte 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Fold(Vector128<byte> u, Vector128<byte> v)
    {
        var x = Vector128.Min(Sse2.UnpackLow(u.AsUInt64(), v.AsUInt64()).AsByte(), Sse2.UnpackHigh(u.AsUInt64(), v.AsUInt64()).AsByte());
        x = Vector128.Min(x, Vector128.ShiftRightLogical(x.AsUInt64(), 32).AsByte());
        x = Vector128.Min(x, Vector128.ShiftRightLogical(x.AsUInt64(), 16).AsByte());
        return Vector128.Min(x, Vector128.ShiftRightLogical(x.AsUInt64(), 8).AsByte());
    }

    /// <summary>Repeats each byte of <paramref name="source"/> 1 &lt;&lt; <paramref name="shift"/> times.</summary>
    internal static void Stretch(ReadOnlySpan<byte> source, Span<byte> destination, int shift)
    {
        if (shift == 0)
        {
            source.CopyTo(destination);
            return;
        }

        var count = source.Length;
        _ = destination[(count << shift) - 1];
        ref var from = ref MemoryMarshal.GetReference(source);
        ref var to = ref MemoryMarshal.GetReference(destination);
        var i = 0;
        if (Avx2.IsSupported && shift == 1)
        {
            for (; i <= count - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                // Quarters 0, 2 | 1, 3, so that unpacking within each half gives bytes 0–15, then 16–31.
                var x = Avx2.Permute4x64(Vector256.LoadUnsafe(ref from, (nuint)i).AsUInt64(), 0b11_01_10_00).AsByte();
                ref var at = ref Unsafe.Add(ref to, i << 1);
                Avx2.UnpackLow(x, x).StoreUnsafe(ref at);
                Avx2.UnpackHigh(x, x).StoreUnsafe(ref at, 32);
            }
        }

        if (Sse2.IsSupported || AdvSimd.Arm64.IsSupported)
        {
            for (; i <= count - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var x = Vector128.LoadUnsafe(ref from, (nuint)i);
                var (low, high) = Twice(x);
                ref var at = ref Unsafe.Add(ref to, i << shift);
                if (shift == 1)
                {
                    low.StoreUnsafe(ref at);
                    high.StoreUnsafe(ref at, 16);
                }
                else
                {
                    var (a, b) = Twice(low);
                    var (c, d) = Twice(high);
                    a.StoreUnsafe(ref at);
                    b.StoreUnsafe(ref at, 16);
                    c.StoreUnsafe(ref at, 32);
                    d.StoreUnsafe(ref at, 48);
                }
            }
        }

        var repeat = 1 << shift;
        for (; i < count; i++)
        {
            var value = Unsafe.Add(ref from, i);
            for (var k = 0; k < repeat; k++)
            {
                Unsafe.Add(ref to, (i << shift) + k) = value;
            }
        }
    }

    /// <summary>Each byte twice: the first half of <paramref name="x"/>, then the second.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector128<byte> Low, Vector128<byte> High) Twice(Vector128<byte> x)
    {
        if (Sse2.IsSupported)
        {
            return (Sse2.UnpackLow(x, x), Sse2.UnpackHigh(x, x));
        }

        return (AdvSimd.Arm64.ZipLow(x, x), AdvSimd.Arm64.ZipHigh(x, x));
    }

    /// <summary>Adds one luma row's matching pixels (and, with no key, all of them) into the column totals.</summary>
    private void AccumulateRow(ReadOnlySpan<byte> row, int y)
    {
        ref var luma = ref MemoryMarshal.GetReference(row);
        ref var least = ref MemoryMarshal.GetArrayDataReference(_least);
        ref var possible = ref MemoryMarshal.GetArrayDataReference(_possible);
        ref var us = ref MemoryMarshal.GetArrayDataReference(_u);
        ref var vs = ref MemoryMarshal.GetArrayDataReference(_v);
        ref var count = ref MemoryMarshal.GetArrayDataReference(_columns[Count]);
        ref var sumY = ref MemoryMarshal.GetArrayDataReference(_columns[SumY]);
        ref var sumU = ref MemoryMarshal.GetArrayDataReference(_columns[SumU]);
        ref var sumV = ref MemoryMarshal.GetArrayDataReference(_columns[SumV]);
        ref var max = ref MemoryMarshal.GetArrayDataReference(_columnMax);
        ref var weightY = ref MemoryMarshal.GetArrayDataReference(_columnWy);
        var position = _position;
        var rowY = new Vector<uint>((uint)y);
        var x = _spanStart;
        var end = _spanEnd;
        _ = row[end - 1];
        if (Vector.IsHardwareAccelerated)
        {
            var one = Vector<byte>.One;
            if (_keyed)
            {
                for (; x <= end - Vector<byte>.Count; x += Vector<byte>.Count)
                {
                    var offset = (nuint)x;
                    var l = Vector.LoadUnsafe(ref luma, offset);
                    var mask = Vector.GreaterThanOrEqual(l, Vector.LoadUnsafe(ref least, offset)) & Vector.LoadUnsafe(ref possible, offset);
                    if (mask == Vector<byte>.Zero)
                    {
                        continue;
                    }

                    var matched = l & mask;
                    Add(ref count, x, mask & one);
                    Add(ref sumY, x, matched);
                    Add(ref sumU, x, Vector.LoadUnsafe(ref us, offset) & mask);
                    Add(ref sumV, x, Vector.LoadUnsafe(ref vs, offset) & mask);
                    ref var top = ref Unsafe.Add(ref max, x);
                    Vector.Max(Vector.LoadUnsafe(ref top), matched).StoreUnsafe(ref top);
                    if (position)
                    {
                        AddTimes(ref weightY, x, matched, rowY);
                    }
                }
            }
            else
            {
                ref var allY = ref MemoryMarshal.GetArrayDataReference(_columns[AllY]);
                ref var allU = ref MemoryMarshal.GetArrayDataReference(_columns[AllU]);
                ref var allV = ref MemoryMarshal.GetArrayDataReference(_columns[AllV]);
                var floor = new Vector<byte>(ColourSampler.BrightFloor);
                for (; x <= end - Vector<byte>.Count; x += Vector<byte>.Count)
                {
                    var offset = (nuint)x;
                    var l = Vector.LoadUnsafe(ref luma, offset);
                    var u = Vector.LoadUnsafe(ref us, offset);
                    var v = Vector.LoadUnsafe(ref vs, offset);
                    Add(ref allY, x, l);
                    Add(ref allU, x, u);
                    Add(ref allV, x, v);
                    ref var top = ref Unsafe.Add(ref max, x);
                    Vector.Max(Vector.LoadUnsafe(ref top), l).StoreUnsafe(ref top);
                    if (position)
                    {
                        var bright = Vector.Max(l, floor) - floor;
                        if (bright != Vector<byte>.Zero)
                        {
                            Add(ref MemoryMarshal.GetArrayDataReference(_columns[Weight]), x, bright);
                            AddTimes(ref weightY, x, bright, rowY);
                        }
                    }

                    var mask = Vector.GreaterThanOrEqual(l, Vector.LoadUnsafe(ref least, offset)) & Vector.LoadUnsafe(ref possible, offset);
                    if (mask == Vector<byte>.Zero)
                    {
                        continue;
                    }

                    Add(ref count, x, mask & one);
                    Add(ref sumY, x, l & mask);
                    Add(ref sumU, x, u & mask);
                    Add(ref sumV, x, v & mask);
                }
            }
        }

        for (; x < end; x++)
        {
            int l = Unsafe.Add(ref luma, x);
            int u = Unsafe.Add(ref us, x);
            int v = Unsafe.Add(ref vs, x);
            var matched = l >= Unsafe.Add(ref least, x) && Unsafe.Add(ref possible, x) != 0;
            if (!_keyed)
            {
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns[AllY]), x) += (ushort)l;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns[AllU]), x) += (ushort)u;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns[AllV]), x) += (ushort)v;
            }

            if (matched)
            {
                Unsafe.Add(ref count, x)++;
                Unsafe.Add(ref sumY, x) += (ushort)l;
                Unsafe.Add(ref sumU, x) += (ushort)u;
                Unsafe.Add(ref sumV, x) += (ushort)v;
            }

            if (position)
            {
                var w = _keyed ? (matched ? l : 0) : Math.Max(0, l - ColourSampler.BrightFloor);
                if (!_keyed)
                {
                    Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns[Weight]), x) += (ushort)w;
                }

                Unsafe.Add(ref weightY, x) += (uint)(w * y);
            }

            if ((matched || !_keyed) && l > Unsafe.Add(ref max, x))
            {
                Unsafe.Add(ref max, x) = (byte)l;
            }
        }
    }

    /// <summary>
    /// As <see cref="AccumulateRow"/>, for a grid whose edges are all on even columns: each total
    /// gets the sum of two neighbouring columns in one 16-bit lane (pairs multiplied by 1 and added).
    /// </summary>
    private void AccumulatePairs(ReadOnlySpan<byte> row)
    {
        ref var luma = ref MemoryMarshal.GetReference(row);
        ref var least = ref MemoryMarshal.GetArrayDataReference(_least);
        ref var possible = ref MemoryMarshal.GetArrayDataReference(_possible);
        ref var us = ref MemoryMarshal.GetArrayDataReference(_u);
        ref var vs = ref MemoryMarshal.GetArrayDataReference(_v);
        ref var count = ref MemoryMarshal.GetArrayDataReference(_columns[Count]);
        ref var sumY = ref MemoryMarshal.GetArrayDataReference(_columns[SumY]);
        ref var sumU = ref MemoryMarshal.GetArrayDataReference(_columns[SumU]);
        ref var sumV = ref MemoryMarshal.GetArrayDataReference(_columns[SumV]);
        ref var max = ref MemoryMarshal.GetArrayDataReference(_columnMax);
        var x = _spanStart;
        var end = _spanEnd;
        _ = row[end - 1];
        var one = Vector256<byte>.One;
        var ones = Vector256<sbyte>.One;
        for (; x <= end - Vector256<byte>.Count; x += Vector256<byte>.Count)
        {
            var offset = (nuint)x;
            var l = Vector256.LoadUnsafe(ref luma, offset);
            var u = Vector256.LoadUnsafe(ref us, offset);
            var v = Vector256.LoadUnsafe(ref vs, offset);
            ref var top = ref Unsafe.Add(ref max, x);
            if (!_keyed)
            {
                AddPairs(ref MemoryMarshal.GetArrayDataReference(_columns[AllY]), x, l, ones);
                AddPairs(ref MemoryMarshal.GetArrayDataReference(_columns[AllU]), x, u, ones);
                AddPairs(ref MemoryMarshal.GetArrayDataReference(_columns[AllV]), x, v, ones);
                Vector256.Max(Vector256.LoadUnsafe(ref top), l).StoreUnsafe(ref top);
            }

            var mask = Vector256.GreaterThanOrEqual(l, Vector256.LoadUnsafe(ref least, offset)) & Vector256.LoadUnsafe(ref possible, offset);
            if (mask == Vector256<byte>.Zero)
            {
                continue;
            }

            var matched = l & mask;
            AddPairs(ref count, x, mask & one, ones);
            AddPairs(ref sumY, x, matched, ones);
            AddPairs(ref sumU, x, u & mask, ones);
            AddPairs(ref sumV, x, v & mask, ones);
            if (_keyed)
            {
                Vector256.Max(Vector256.LoadUnsafe(ref top), matched).StoreUnsafe(ref top);
            }
        }

        for (; x < end; x++)
        {
            int l = Unsafe.Add(ref luma, x);
            int u = Unsafe.Add(ref us, x);
            int v = Unsafe.Add(ref vs, x);
            var matched = l >= Unsafe.Add(ref least, x) && Unsafe.Add(ref possible, x) != 0;
            var pair = x >> 1;
            if (!_keyed)
            {
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns[AllY]), pair) += (ushort)l;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns[AllU]), pair) += (ushort)u;
                Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns[AllV]), pair) += (ushort)v;
            }

            if (matched)
            {
                Unsafe.Add(ref count, pair)++;
                Unsafe.Add(ref sumY, pair) += (ushort)l;
                Unsafe.Add(ref sumU, pair) += (ushort)u;
                Unsafe.Add(ref sumV, pair) += (ushort)v;
            }

            if ((matched || !_keyed) && l > Unsafe.Add(ref max, x))
            {
                Unsafe.Add(ref max, x) = (byte)l;
            }
        }
    }

    /// <summary>Adds 32 bytes, two neighbours at a time, to the 16-bit pair totals from column <paramref name="x"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddPairs(ref ushort pairs, int x, Vector256<byte> values, Vector256<sbyte> ones)
    {
        ref var at = ref Unsafe.Add(ref pairs, x >> 1);
        (Vector256.LoadUnsafe(ref at) + Avx2.MultiplyAddAdjacent(values, ones).AsUInt16()).StoreUnsafe(ref at);
    }

    /// <summary>Adds 32 (or however many a vector holds) bytes to the 16-bit column totals from <paramref name="x"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref ushort columns, int x, Vector<byte> values)
    {
        Vector.Widen(values, out var low, out var high);
        ref var at = ref Unsafe.Add(ref columns, x);
        (Vector.LoadUnsafe(ref at) + low).StoreUnsafe(ref at);
        ref var next = ref Unsafe.Add(ref at, Vector<ushort>.Count);
        (Vector.LoadUnsafe(ref next) + high).StoreUnsafe(ref next);
    }

    /// <summary>Adds the column totals into the band's cells and clears them.</summary>
    private void Collect(int band, bool collectMax)
    {
        var segments = _xs.Length - 1;
        var cellRow = band * segments;
        for (var s = 0; s < segments; s++)
        {
            if (!_segmentUsed[s])
            {
                continue;
            }

            var from = _xs[s];
            var width = _xs[s + 1] - from;
            var (at, length) = _paired ? (from / 2, width / 2) : (from, width);
            var counted = ByteRun.Sum(_columns[Count].AsSpan(at, length));
            _cells[Count][cellRow + s] += counted;
            if (_position)
            {
                // A centre's weights: by column (the weight's own column totals) and by row.
                _cellWx[cellRow + s] += Moment(_columns[_keyed ? SumY : Weight].AsSpan(from, width), from);
                _cellWy[cellRow + s] += Total(_columnWy.AsSpan(from, width));
            }

            for (var q = counted == 0 ? AllY : SumY; q < _columns.Length; q++)
            {
                // Matching totals are 0 where nothing matched.
                _cells[q][cellRow + s] += ByteRun.Sum(_columns[q].AsSpan(at, length));
            }

            if (collectMax)
            {
                _cellMax[cellRow + s] = ByteRun.Max(_columnMax.AsSpan(from, width));
            }
        }

        foreach (var columns in _columns)
        {
            if (_paired)
            {
                columns.AsSpan(_spanStart / 2, (_spanEnd - _spanStart) / 2).Clear();
            }
            else
            {
                columns.AsSpan(_spanStart, _spanEnd - _spanStart).Clear();
            }
        }

        if (collectMax)
        {
            _columnMax.AsSpan(_spanStart, _spanEnd - _spanStart).Clear();
        }

        if (_position)
        {
            _columnWy.AsSpan(_spanStart, _spanEnd - _spanStart).Clear();
        }
    }

    private int RegionPeak(int region)
    {
        var segments = _xs.Length - 1;
        var width = _regionX1[region] - _regionX0[region];
        byte best = 0;
        for (var band = _regionY0[region]; band < _regionY1[region]; band++)
        {
            var cells = _cellMax.AsSpan((band * segments) + _regionX0[region], width);
            if (width < 16)
            {
                foreach (var cell in cells)
                {
                    best = Math.Max(best, cell);
                }
            }
            else
            {
                best = Math.Max(best, ByteRun.Max(cells));
            }
        }

        return best;
    }
}
