using System.Text.Json;
using Pix2Midi.Core.Mapping.Documents;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Core.Mapping;

/// <summary>Musical time and harmony: <c>tempo</c>, <c>quantize</c>, <c>swing</c>, a region's <c>chord</c> and <c>arpeggio</c>.</summary>
internal static partial class MappingCompiler
{
    /// <summary>What <c>quantize</c> may name: <c>off</c> or a grid division.</summary>
    private static readonly string[] QuantizeNames = ["off", .. GridDivision.Names];

    /// <summary>The chord names, for "did you mean".</summary>
    private static readonly string[] ChordNames = [.. ChordShape.Names];

    /// <summary>The arpeggio patterns, for "did you mean".</summary>
    private static readonly string[] PatternNames = [.. Arpeggio.PatternNames];

    /// <summary>
    /// The tempo and grid of the top level, or a null time (with problems); <c>Known</c> says
    /// whether <c>quantize</c> could be read, so that its grid (null for <c>off</c>) can be relied on.
    /// </summary>
    private static (MusicalTime? Time, GridDivision? Grid, bool Known) Time(MappingDocument document, MappingProblems problems)
    {
        var ok = true;
        var tempo = document.Tempo ?? MusicalTime.DefaultBeatsPerMinute;
        if (tempo is < MusicalTime.MinBeatsPerMinute or > MusicalTime.MaxBeatsPerMinute || double.IsNaN(tempo))
        {
            problems.AtValue("$.tempo", $"{Show(tempo)} is out of range; allowed: {MappingVocabulary.Allowed("tempo")}");
            ok = false;
        }

        GridDivision? grid = null;
        var known = true;
        if (document.Quantize is { } quantize && !string.Equals(quantize.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            grid = GridDivision.Find(quantize);
            if (grid is null)
            {
                problems.AtValue("$.quantize", $"{MappingText.Quote(quantize)} is not a grid; {Hint(quantize, QuantizeNames, MappingVocabulary.Allowed("quantize"))}");
                ok = known = false;
            }
        }

        var swing = document.Swing ?? 0;
        if (swing is < 0 or > MusicalTime.MaxSwing || double.IsNaN(swing))
        {
            problems.AtValue("$.swing", $"{Show(swing)} is out of range; allowed: {MappingVocabulary.Allowed("swing")}");
            ok = false;
        }
        else if (swing > 0 && known && grid is null)
        {
            problems.AtValue("$.swing", "swing moves every second line of the \"quantize\" grid, and \"quantize\" is \"off\"; set \"quantize\" to an even grid such as \"1/16\", or remove \"swing\"");
            ok = false;
        }
        else if (swing > 0 && grid is { IsTriplet: true })
        {
            problems.AtValue("$.swing", $"swing moves every second line of an even grid, and \"{grid.Name}\" is a triplet grid (already a swung feel); use \"{grid.Name[..^1]}\" with swing, or remove \"swing\"");
            ok = false;
        }

        return (ok ? new MusicalTime(tempo, grid, swing) : null, grid, known);
    }

    /// <summary>Every arpeggio written in the file, when the mapping does not quantise: an arpeggio plays on a grid.</summary>
    private static void ArpeggiosNeedAGrid(MappingDocument document, MappingProblems problems)
    {
        var places = new List<(RegionSettingsDocument? Doc, string Path)> { (document.Defaults, "$.defaults") };
        places.AddRange((document.Regions ?? []).Select((r, i) => ((RegionSettingsDocument?)r, JsonLocator.Item("$.regions", i))));
        places.AddRange((document.Grids ?? []).Select((g, i) => ((RegionSettingsDocument?)g, JsonLocator.Item("$.grids", i))));
        foreach (var (doc, path) in places)
        {
            if (doc?.Arpeggio is not null)
            {
                problems.AtValue(JsonLocator.Child(path, "arpeggio"), "an arpeggio plays its notes on a grid, and the mapping's \"quantize\" is \"off\"; set a top-level \"quantize\" such as \"1/16\" (the arpeggio's \"rate\" may differ from it), or remove \"arpeggio\"");
            }
        }
    }

    /// <summary>A <c>chord</c>: a name, a list of semitones or <c>{ "intervals": [...] }</c>; null (with problems) when it is none.</summary>
    private static ChordShape? Chord(JsonElement element, string path, MappingProblems problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var name = element.GetString() ?? string.Empty;
                if (ChordShape.Find(name) is { } named)
                {
                    return named;
                }

                problems.AtValue(path, $"{MappingText.Quote(name)} is not a chord; {Hint(name, ChordNames, MappingVocabulary.Allowed("chord"))}");
                return null;
            case JsonValueKind.Array:
                return ChordIntervals(element, path, problems);
            case JsonValueKind.Object:
                ChordShape? chord = null;
                var found = false;
                foreach (var property in element.EnumerateObject())
                {
                    var at = JsonLocator.Child(path, property.Name);
                    if (property.Name != "intervals")
                    {
                        Unknown(new Dictionary<string, JsonElement> { [property.Name] = property.Value }, path, ["intervals"], problems);
                    }
                    else if (found)
                    {
                        problems.AtName(at, "\"intervals\" is given twice in this object; keep one");
                        chord = null;
                    }
                    else
                    {
                        found = true;
                        chord = ChordIntervals(property.Value, at, problems);
                    }
                }

                if (!found)
                {
                    problems.AtValue(path, $"\"intervals\" is missing; allowed: {MappingVocabulary.Allowed("chordIntervals")}");
                }

                return chord;
            default:
                problems.AtValue(path, $"found {MappingTypeChecker.Describe(element)}; allowed: {MappingVocabulary.Allowed("chord")}");
                return null;
        }
    }

    private static ChordShape? ChordIntervals(JsonElement list, string path, MappingProblems problems)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.AtValue(path, $"found {MappingTypeChecker.Describe(list)}; allowed: {MappingVocabulary.Allowed("chordIntervals")}");
            return null;
        }

        if (list.GetArrayLength() == 0)
        {
            problems.AtValue(path, $"an empty list; allowed: {MappingVocabulary.Allowed("chordIntervals")}");
            return null;
        }

        var ok = true;
        var intervals = new List<int>(list.GetArrayLength());
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var semitones) && semitones is >= 0 and <= ChordShape.MaxInterval)
            {
                intervals.Add(semitones);
            }
            else
            {
                problems.AtValue(JsonLocator.Item(path, index), $"{MappingTypeChecker.Describe(item)} is not an interval; allowed: {MappingVocabulary.AllowedItem("chordIntervals")}");
                ok = false;
            }

            index++;
        }

        if (!ok)
        {
            return null;
        }

        var chord = ChordShape.FromIntervals(intervals);
        if (chord.Count > ChordShape.MaxNotes)
        {
            problems.AtValue(path, $"a chord of {chord.Count} notes; allowed: at most {ChordShape.MaxNotes} (with the note itself, 0)");
            return null;
        }

        return chord;
    }

    /// <summary>An <c>arpeggio</c> object over the one inherited (field by field); null (with problems) when a field is wrong.</summary>
    private static ArpeggioSettings? ArpeggioOf(ArpeggioDocument doc, ArpeggioSettings? inherited, string path, MappingProblems problems)
    {
        Unknown(doc.Unknown, path, MappingVocabulary.Arpeggio, problems);
        var ok = true;
        var s = inherited ?? new ArpeggioSettings(null, null, null, null);
        if (doc.Pattern is { } patternName)
        {
            if (Arpeggio.FindPattern(patternName) is { } pattern)
            {
                s = s with { Pattern = pattern };
            }
            else
            {
                problems.AtValue(JsonLocator.Child(path, "pattern"), $"{MappingText.Quote(patternName)} is not an arpeggio pattern; {Hint(patternName, PatternNames, MappingVocabulary.Allowed("pattern", "arpeggio"))}");
                ok = false;
            }
        }

        if (doc.Rate is { } rateName)
        {
            if (GridDivision.Find(rateName) is { } rate)
            {
                s = s with { Rate = rate };
            }
            else
            {
                problems.AtValue(JsonLocator.Child(path, "rate"), $"{MappingText.Quote(rateName)} is not a grid; {Hint(rateName, [.. GridDivision.Names], MappingVocabulary.Allowed("rate", "arpeggio"))}");
                ok = false;
            }
        }

        if (doc.Octaves is { } octaves)
        {
            if (octaves is < 1 or > Arpeggio.MaxOctaves)
            {
                problems.AtValue(JsonLocator.Child(path, "octaves"), $"{octaves} is out of range; allowed: {MappingVocabulary.Allowed("octaves", "arpeggio")}");
                ok = false;
            }

            s = s with { Octaves = octaves };
        }

        if (doc.Gate is { } gate)
        {
            if (gate is < Arpeggio.MinGate or > 1 || double.IsNaN(gate))
            {
                problems.AtValue(JsonLocator.Child(path, "gate"), $"{Show(gate)} is out of range; allowed: {MappingVocabulary.Allowed("gate", "arpeggio")}");
                ok = false;
            }

            s = s with { Gate = gate };
        }

        return ok ? s : null;
    }

    /// <summary>
    /// Checks a region's or grid's chord and arpeggio against what it plays: a region that plays
    /// no notes takes neither (one it only inherits is dropped), a chord from the scale needs a
    /// scale, and an arpeggio needs a chord.
    /// </summary>
    private static bool HarmonyFits(RegionSettingsDocument doc, Settings s, string path, bool playsNotes, MappingProblems problems)
    {
        if (!playsNotes)
        {
            var ok = true;
            foreach (var (name, given) in new[] { ("chord", doc.Chord is not null), ("arpeggio", doc.Arpeggio is not null) })
            {
                if (given)
                {
                    problems.AtValue(JsonLocator.Child(path, name), $"this plays no notes, only a controller, so it has no note to play a {name} on; give it a \"note\" (or a \"pitch\" along the scale), or remove \"{name}\"");
                    ok = false;
                }
            }

            return ok;
        }

        if (s.Chord is { ScaleSteps: > 0 } diatonic && s.Scale.Mask == Scale.Chromatic.Mask)
        {
            var where = doc.Chord is not null ? JsonLocator.Child(path, "chord") : path;
            problems.AtValue(where, $"\"{diatonic.Name}\" builds its notes from the region's scale, and it has none (on every note of the chromatic scale it would be a cluster such as C D E); set \"scale\" here or in \"defaults\", such as \"A minor\", or name the chord: \"major\", \"minor\", \"7\" …");
            return false;
        }

        if (s.Arpeggio is not null && s.Chord is null)
        {
            var where = doc.Arpeggio is not null ? JsonLocator.Child(path, "arpeggio") : path;
            var what = doc.Arpeggio is not null ? "an arpeggio" : "an inherited arpeggio (from \"defaults\")";
            problems.AtValue(where, $"{what} plays the notes of a chord one at a time, and there is no \"chord\"; add one here or in \"defaults\" ({MappingVocabulary.Allowed("chord")}), or remove \"arpeggio\"");
            return false;
        }

        return true;
    }

    /// <summary>An arpeggio's fields after inheritance; those never set take their defaults when the region is built.</summary>
    private sealed record ArpeggioSettings(ArpeggioPattern? Pattern, GridDivision? Rate, int? Octaves, double? Gate)
    {
        /// <summary>The arpeggio, its rate defaulting to <paramref name="grid"/>; null without a grid.</summary>
        public Arpeggio? Build(GridDivision? grid) =>
            (Rate ?? grid) is { } rate ? new Arpeggio(Pattern ?? ArpeggioPattern.Up, rate, Octaves ?? 1, Gate ?? 0.5) : null;
    }
}
