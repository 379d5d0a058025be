namespace Pix2Midi.BenchPlots;

/// <summary>Percentiles by nearest rank, the way the bench scripts and <c>live --stats</c> take them.</summary>
internal static class Percentiles
{
    /// <summary>The smallest sample with at least <paramref name="fraction"/> of the samples at or below it.</summary>
    public static double Of(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
