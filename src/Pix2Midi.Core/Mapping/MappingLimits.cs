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
}
