using System.Globalization;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Rendering;

/// <summary>Says in one line how many damaged frames a decoder skipped, and where.</summary>
internal static class SkippedFramesText
{
    private const int ShownPlaces = 3;

    /// <summary><c>3 damaged frames were skipped (at 00:04.0–00:04.1)</c>, or null when none were.</summary>
    public static string? Describe(IVideoFileSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Describe(source.SkippedFrames, source.SkippedSpans());
    }

    /// <summary>The line for <paramref name="count"/> frames skipped at <paramref name="spans"/>, or null when none were.</summary>
    public static string? Describe(int count, IReadOnlyList<SkippedSpan> spans)
    {
        if (count <= 0)
        {
            return null;
        }

        var places = spans.Take(ShownPlaces).Select(Place).ToList();
        if (spans.Count > ShownPlaces)
        {
            places.Add(string.Create(CultureInfo.InvariantCulture, $"and {spans.Count - ShownPlaces} more place{(spans.Count - ShownPlaces == 1 ? string.Empty : "s")}"));
        }

        var where = places.Count == 0 ? string.Empty : $" (at {string.Join(", ", places)})";
        return count == 1
            ? $"1 damaged frame was skipped{where}"
            : string.Create(CultureInfo.InvariantCulture, $"{count} damaged frames were skipped{where}");
    }

    private static string Place(SkippedSpan span)
    {
        var from = Time(span.From);
        var to = Time(span.To);
        return from == to ? from : $"{from}–{to}";
    }

    /// <summary><c>mm:ss.f</c>, or <c>h:mm:ss.f</c> from an hour on, truncated to the tenth.</summary>
    internal static string Time(TimeSpan time)
    {
        var tenths = Math.Max(0, time.Ticks) / (TimeSpan.TicksPerSecond / 10);
        var seconds = tenths / 10;
        var hours = seconds / 3600;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{seconds / 60 % 60:00}:{seconds % 60:00}.{tenths % 10}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:00}:{seconds % 60:00}.{tenths % 10}");
    }
}
