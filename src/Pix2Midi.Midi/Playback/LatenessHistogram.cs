namespace Pix2Midi.Midi.Playback;

/// <summary>
/// Lateness samples in 10 µs bins up to 100 ms, plus the exact maximum: percentiles without
/// keeping every sample, and without allocating per sample.
/// </summary>
public sealed class LatenessHistogram
{
    private const double BinMicroseconds = 10;
    private readonly long[] _bins = new long[10_001];

    /// <summary>Samples recorded.</summary>
    public long Count { get; private set; }

    /// <summary>The largest sample.</summary>
    public TimeSpan Max { get; private set; }

    /// <summary>Records one sample; negative (early) counts as zero.</summary>
    public void Add(TimeSpan lateness)
    {
        if (lateness < TimeSpan.Zero)
        {
            lateness = TimeSpan.Zero;
        }

        var bin = (int)Math.Min(_bins.Length - 1, lateness.TotalMicroseconds / BinMicroseconds);
        _bins[bin]++;
        Count++;
        if (lateness > Max)
        {
            Max = lateness;
        }
    }

    /// <summary>The sample below which <paramref name="fraction"/> of samples fall (the upper edge of its bin, at most <see cref="Max"/>).</summary>
    public TimeSpan Percentile(double fraction)
    {
        if (Count == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (long)Math.Ceiling(Math.Clamp(fraction, 0, 1) * Count);
        long seen = 0;
        for (var i = 0; i < _bins.Length; i++)
        {
            seen += _bins[i];
            if (seen >= Math.Max(1, rank))
            {
                var edge = TimeSpan.FromMicroseconds((i + 1) * BinMicroseconds);
                return edge < Max ? edge : Max;
            }
        }

        return Max;
    }
}
