namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Bounds on what a mapping may ask for, so a file from a stranger cannot make Pix2Midi use
/// unbounded memory or time.
/// </summary>
public static class MappingLimits
{
    /// <summary>The largest mapping file read, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The most regions a mapping may have, grid cells included.</summary>
    public const int MaxRegions = 4096;

    /// <summary>The most rows or columns in one grid.</summary>
    public const int MaxGridSide = 128;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>The longest minimum note length or cooldown, in milliseconds.</summary>
    public const double MaxMilliseconds = 60_000;

    /// <summary>The longest controller smoothing time constant, in milliseconds.</summary>
    public const double MaxSmoothingMilliseconds = 10_000;

    /// <summary>The highest <c>notesPerSecond</c> limit.</summary>
    public const int MaxNotesPerSecond = 1000;

    /// <summary>The steepest velocity curve shape.</summary>
    public const double MaxCurveShape = 20;
}
