namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Bounds on what a mapping may ask for, so a file from a stranger cannot make Pix2Midi use
/// unbounded memory or time.
/// </summary>
/// <remarks>
/// The loader checks them in order, each before the work it bounds: the file's size before
/// reading it; nesting, list lengths, text lengths and valid UTF-8 in one pass over the text
/// before building anything from it; the number of regions (grid cells included) before
/// creating any. What follows from them is bounded too: a frame emits at most two events per
/// region plus one per controller and one program change per channel, and the problems listed at once are capped.
/// </remarks>
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

    /// <summary>The most items in any JSON list (regions, grids, a grid's notes…).</summary>
    public const int MaxListItems = MaxRegions;

    /// <summary>The longest text value, in characters (a description, a scale…).</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The longest name of a mapping, region or grid, in characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest property name, in characters; every name the format knows is far shorter.</summary>
    public const int MaxPropertyNameLength = 64;

    /// <summary>The most problems listed for one file; the rest are counted.</summary>
    public const int MaxProblems = 100;

    /// <summary>The longest minimum note length or cooldown, in milliseconds.</summary>
    public const double MaxMilliseconds = 60_000;

    /// <summary>The longest controller smoothing time constant, in milliseconds.</summary>
    public const double MaxSmoothingMilliseconds = 10_000;

    /// <summary>The highest <c>polyphony</c> limit: every key of one channel.</summary>
    public const int MaxPolyphony = 128;

    /// <summary>The highest <c>notesPerSecond</c> limit.</summary>
    public const int MaxNotesPerSecond = 1000;

    /// <summary>The steepest velocity curve shape.</summary>
    public const double MaxCurveShape = 20;
}
