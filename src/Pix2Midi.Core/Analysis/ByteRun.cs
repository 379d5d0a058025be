using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Pix2Midi.Core.Analysis;

/// <summary>Sum and maximum of a run of bytes, vectorised where the CPU allows.</summary>
internal static class ByteRun
{
    /// <summary>The sum of the bytes.</summary>
    public static uint Sum(ReadOnlySpan<byte> run)
    {
        ulong total = 0;
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(run);
        if (Avx2.IsSupported && run.Length >= Vector256<byte>.Count)
        {
            var acc = Vector256<ulong>.Zero;
            for (; i <= run.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                acc = Avx2.Add(acc, Avx2.SumAbsoluteDifferences(v, Vector256<byte>.Zero).AsUInt64());
            }

            total = Vector256.Sum(acc);
        }
        else if (Sse2.IsSupported && run.Length >= Vector128<byte>.Count)
        {
            var acc = Vector128<ulong>.Zero;
            for (; i <= run.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                acc = Sse2.Add(acc, Sse2.SumAbsoluteDifferences(v, Vector128<byte>.Zero).AsUInt64());
            }

            total = Vector128.Sum(acc);
        }

        for (; i < run.Length; i++)
        {
            total += Unsafe.Add(ref start, i);
        }

        return (uint)total;
    }

    /// <summary>The sum of |a[i] − b[i]| over two runs of the same length.</summary>
    public static uint SumAbsoluteDifferences(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        ulong total = 0;
        var i = 0;
        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var length = Math.Min(a.Length, b.Length);
        if (Avx2.IsSupported && length >= Vector256<byte>.Count)
        {
            var acc = Vector256<ulong>.Zero;
            for (; i <= length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var x = Vector256.LoadUnsafe(ref left, (nuint)i);
                var y = Vector256.LoadUnsafe(ref right, (nuint)i);
                acc = Avx2.Add(acc, Avx2.SumAbsoluteDifferences(x, y).AsUInt64());
            }

            total = Vector256.Sum(acc);
        }
        else if (Sse2.IsSupported && length >= Vector128<byte>.Count)
        {
            var acc = Vector128<ulong>.Zero;
            for (; i <= length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var x = Vector128.LoadUnsafe(ref left, (nuint)i);
                var y = Vector128.LoadUnsafe(ref right, (nuint)i);
                acc = Sse2.Add(acc, Sse2.SumAbsoluteDifferences(x, y).AsUInt64());
            }

            total = Vector128.Sum(acc);
        }

        for (; i < length; i++)
        {
            total += (uint)Math.Abs(Unsafe.Add(ref left, i) - Unsafe.Add(ref right, i));
        }

        return (uint)total;
    }

    /// <summary>The largest byte; 0 for an empty run.</summary>
    public static byte Max(ReadOnlySpan<byte> run)
    {
        var i = 0;
        byte best = 0;
        ref var start = ref MemoryMarshal.GetReference(run);
        if (Vector.IsHardwareAccelerated && run.Length >= Vector<byte>.Count)
        {
            var acc = Vector<byte>.Zero;
            for (; i <= run.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                acc = Vector.Max(acc, Vector.LoadUnsafe(ref start, (nuint)i));
            }

            for (var lane = 0; lane < Vector<byte>.Count; lane++)
            {
                best = Math.Max(best, acc[lane]);
            }
        }

        for (; i < run.Length; i++)
        {
            best = Math.Max(best, Unsafe.Add(ref start, i));
        }

        return best;
    }

    /// <summary>Adds each byte of <paramref name="row"/> to the column total at the same index.</summary>
    /// <remarks>Column totals are 16-bit: at most 257 rows may be added before they are collected.</remarks>
    public static void AccumulateSums(ReadOnlySpan<byte> row, Span<ushort> sums)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var half = Vector<ushort>.Count;
            for (; i <= row.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.Widen(new Vector<byte>(row[i..]), out var low, out var high);
                (new Vector<ushort>(sums[i..]) + low).CopyTo(sums[i..]);
                (new Vector<ushort>(sums[(i + half)..]) + high).CopyTo(sums[(i + half)..]);
            }
        }

        for (; i < row.Length; i++)
        {
            sums[i] += row[i];
        }
    }

    /// <summary>Adds |row − before| byte by byte to the column totals (16-bit, as <see cref="AccumulateSums"/>).</summary>
    public static void AccumulateAbsoluteDifferences(ReadOnlySpan<byte> row, ReadOnlySpan<byte> before, Span<ushort> sums)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var half = Vector<ushort>.Count;
            for (; i <= row.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                var a = new Vector<byte>(row[i..]);
                var b = new Vector<byte>(before[i..]);
                Vector.Widen(Vector.Max(a, b) - Vector.Min(a, b), out var low, out var high);
                (new Vector<ushort>(sums[i..]) + low).CopyTo(sums[i..]);
                (new Vector<ushort>(sums[(i + half)..]) + high).CopyTo(sums[(i + half)..]);
            }
        }

        for (; i < row.Length; i++)
        {
            sums[i] += (ushort)Math.Abs(row[i] - before[i]);
        }
    }

    /// <summary>Raises each column maximum to the byte of <paramref name="row"/> at the same index.</summary>
    public static void AccumulateMax(ReadOnlySpan<byte> row, Span<byte> max)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= row.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Vector.Max(new Vector<byte>(row[i..]), new Vector<byte>(max[i..])).CopyTo(max[i..]);
            }
        }

        for (; i < row.Length; i++)
        {
            if (row[i] > max[i])
            {
                max[i] = row[i];
            }
        }
    }

    /// <summary>The sum of 16-bit column totals.</summary>
    public static ulong Sum(ReadOnlySpan<ushort> values)
    {
        ulong total = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<uint>.Zero;
            for (; i <= values.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                Vector.Widen(new Vector<ushort>(values[i..]), out var low, out var high);
                acc += low + high;
            }

            total = Vector.Sum(acc);
        }

        for (; i < values.Length; i++)
        {
            total += values[i];
        }

        return total;
    }
}
