using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Core.Mapping;

/// <summary>Colours, the readings a region can follow, and where pitch and controllers take them from.</summary>
internal static partial class MappingCompiler
{
    /// <summary>The measures a mapping may name, as the format spells them.</summary>
    private static readonly string[] MeasureNames = ["brightness", "peak", "darkness", "motion", "change", "coverage", "hue", "saturation", "red", "green", "blue"];

    /// <summary>What a controller's <c>from</c> may name: <c>value</c>, a measure, or a position.</summary>
    private static readonly string[] FromNames = ["value", .. MeasureNames, "x", "y"];

    /// <summary>The <c>pitch</c> modes.</summary>
    private static readonly string[] PitchNames = ["fixed", "value", "hue", "x", "y"];

    /// <summary>The names <c>colour</c> accepts besides <c>#rrggbb</c>.</summary>
    private static readonly string[] ColourNames = [.. ColourKey.Names.Select(n => n.Name), "white"];

    /// <summary>A measure by its name or an older spelling; null when it is none.</summary>
    private static RegionMeasure? MeasureNamed(string name) => name.Trim().ToLowerInvariant() switch
    {
        "brightness" or "mean" => RegionMeasure.Brightness,
        "peak" => RegionMeasure.Peak,
        "darkness" or "dark" => RegionMeasure.Darkness,
        "motion" or "movement" => RegionMeasure.Motion,
        "change" => RegionMeasure.Change,
        "coverage" => RegionMeasure.Coverage,
        "hue" => RegionMeasure.Hue,
        "saturation" => RegionMeasure.Saturation,
        "red" => RegionMeasure.Red,
        "green" => RegionMeasure.Green,
        "blue" => RegionMeasure.Blue,
        _ => null,
    };

    /// <summary>The message for a <c>measure</c> that is none, with a pointer to where a colour or a position belongs.</summary>
    private static string NotAMeasure(string m)
    {
        var name = m.Trim().ToLowerInvariant();
        if (name is "x" or "y")
        {
            return $"{MappingText.Quote(m)} is a position, not a measure: it chooses a pitch (\"pitch\": \"{name}\") or a controller's value (\"cc\": {{ \"from\": \"{name}\" }}); allowed: {MappingVocabulary.Allowed("measure")}";
        }

        if (ColourKey.Parse(m) is not null)
        {
            return $"{MappingText.Quote(m)} is a colour, not a measure: to look only at pixels of that colour, set \"colour\": {MappingText.Quote(name)}; allowed: {MappingVocabulary.Allowed("measure")}";
        }

        return $"{MappingText.Quote(m)} is not a measure; {Hint(m, MeasureNames, MappingVocabulary.Allowed("measure"))}";
    }

    /// <summary>Checks a <c>colour</c>; the name as <see cref="ColourKey"/> writes it, or null (with a problem).</summary>
    private static string? Colour(string text, string path, MappingProblems problems)
    {
        if (ColourKey.Parse(text) is { } key)
        {
            return key.Name;
        }

        var trimmed = text.Trim();
        var hint = trimmed.StartsWith('#')
            ? $"a colour by number needs \"#\" and six hex digits, two each for red, green and blue; allowed: {MappingVocabulary.Allowed("colour")}"
            : Hint(trimmed, ColourNames, MappingVocabulary.Allowed("colour"));
        problems.AtValue(path, $"{MappingText.Quote(text)} is not a colour; {hint}");
        return null;
    }

    /// <summary>What a controller's <c>from</c> names: null for <c>value</c> (the region's measure); false when it names nothing.</summary>
    private static (bool Ok, RegionMeasure? From) ControlFrom(string? from, string path, MappingProblems problems)
    {
        if (from is null)
        {
            return (true, null);
        }

        switch (from.Trim().ToLowerInvariant())
        {
            case "value":
                return (true, null);
            case "x":
                return (true, RegionMeasure.X);
            case "y":
                return (true, RegionMeasure.Y);
        }

        if (MeasureNamed(from) is { } measure)
        {
            return (true, measure);
        }

        var hint = from.Trim().ToLowerInvariant() is "pan" or "panning"
            ? $"pan is controller 10, and \"from\" is what it follows: for pan from position, \"controller\": 10 and \"from\": \"x\"; allowed: {MappingVocabulary.Allowed("from", "cc")}"
            : Hint(from, FromNames, MappingVocabulary.Allowed("from", "cc"));
        problems.AtValue(path, $"{MappingText.Quote(from)} is not something a controller can follow; {hint}");
        return (false, null);
    }

    /// <summary>A region's or grid's <c>pitch</c>, or null (with a problem) when it is not one.</summary>
    private static PitchChoice? PitchMode(string? pitch, string path, MappingProblems problems)
    {
        switch (pitch?.Trim().ToLowerInvariant())
        {
            case null or "fixed" or "note":
                return PitchChoice.Fixed;
            case "value":
                return new PitchChoice("value", FromScale: true, null);
            case "hue":
                return new PitchChoice("hue", FromScale: true, RegionMeasure.Hue);
            case "x":
                return new PitchChoice("x", FromScale: true, RegionMeasure.X);
            case "y":
                return new PitchChoice("y", FromScale: true, RegionMeasure.Y);
            default:
                problems.AtValue(path, $"{MappingText.Quote(pitch!)} is not a pitch mode; {Hint(pitch!, PitchNames, MappingVocabulary.Allowed("pitch"))}");
                return null;
        }
    }

    /// <summary>
    /// A pitch from a position needs a centre to follow: the pixels of the region's colour or,
    /// without one, its bright pixels. A region that plays on darkness, motion or change and has
    /// no colour would play its notes from bright pixels it does not watch.
    /// </summary>
    private static bool HasCentre(PitchChoice pitch, Settings s, string path, MappingProblems problems)
    {
        if (pitch.From is not (RegionMeasure.X or RegionMeasure.Y) || s.Colour is not null
            || s.Measure is not (RegionMeasure.Darkness or RegionMeasure.Motion or RegionMeasure.Change))
        {
            return true;
        }

        var measure = s.Measure.ToString().ToLowerInvariant();
        problems.AtValue(path, $"\"pitch\": \"{pitch.Name}\" follows the centre of the region's bright pixels, and a region measuring \"{measure}\" without a \"colour\" has no bright centre to follow; give it a \"colour\" (the centre of its pixels of that colour), or measure \"brightness\", \"peak\" or \"coverage\"");
        return false;
    }

    /// <summary>How a region or grid picks its pitch.</summary>
    /// <param name="Name">As the mapping spells it: <c>fixed</c>, <c>value</c>, <c>hue</c>, <c>x</c>, <c>y</c>.</param>
    /// <param name="FromScale">Whether the pitch is chosen along the scale (every mode but <c>fixed</c>).</param>
    /// <param name="From">The reading that chooses it, or null for the value.</param>
    private sealed record PitchChoice(string Name, bool FromScale, RegionMeasure? From)
    {
        public static PitchChoice Fixed { get; } = new("fixed", FromScale: false, null);
    }
}
