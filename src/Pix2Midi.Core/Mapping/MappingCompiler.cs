using System.Globalization;
using System.Text.Json;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping.Documents;

namespace Pix2Midi.Core.Mapping;

/// <summary>Checks a parsed mapping document and turns it into a <see cref="Mapping"/>.</summary>
internal static class MappingCompiler
{
    private const double Epsilon = 1e-9;

    /// <summary>Defaults for settings that neither a region nor the mapping's <c>defaults</c> set.</summary>
    private static readonly Settings BuiltIn = new(1, RegionMeasure.Brightness, 0.5, null, 40, 127);

    public static Mapping? Compile(MappingDocument document, string source, MappingProblems problems)
    {
        Unknown(document.Unknown, "$", MappingVocabulary.TopLevel, problems);
        if (document.Version is { } version && version != 1)
        {
            problems.AtValue("$.version", $"version {version} is not one this Pix2Midi reads; allowed: 1");
        }

        var defaults = Resolve(document.Defaults, BuiltIn, "$.defaults", problems, MappingVocabulary.Settings);
        var regions = new List<MappedRegion>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var regionDocs = document.Regions ?? [];
        var gridDocs = document.Grids ?? [];
        var total = regionDocs.Count + gridDocs.Sum(g => g is null ? 0 : (long)Math.Max(0, g.Rows ?? 0) * Math.Max(0, g.Columns ?? 0));
        if (total > MappingLimits.MaxRegions)
        {
            problems.AtValue(regionDocs.Count > 0 ? "$.regions" : "$.grids", $"{total:N0} regions in all; a mapping may have at most {MappingLimits.MaxRegions:N0}");
            return null;
        }

        for (var i = 0; i < regionDocs.Count; i++)
        {
            var path = JsonLocator.Item("$.regions", i);
            if (regionDocs[i] is not { } doc)
            {
                problems.AtValue(path, "expected a region object, found null");
                continue;
            }

            var settings = Resolve(doc, defaults, path, problems, MappingVocabulary.Region);
            var name = UniqueName(doc.Name ?? $"region{i + 1}", path, names, problems);
            var rect = Rect(doc.X, doc.Y, doc.Width, doc.Height, path, required: true, problems);
            int? note = null;
            if (doc.Note is { } element)
            {
                note = Note(element, JsonLocator.Child(path, "note"), problems);
            }
            else
            {
                problems.AtValue(path, $"this region has no \"note\"; add one: {MappingVocabulary.Allowed("note")}");
            }

            if (rect is { } r && note is { } n && settings is { } s)
            {
                regions.Add(s.Region(name, r, n));
            }
        }

        for (var i = 0; i < gridDocs.Count; i++)
        {
            var path = JsonLocator.Item("$.grids", i);
            if (gridDocs[i] is not { } doc)
            {
                problems.AtValue(path, "expected a grid object, found null");
                continue;
            }

            CompileGrid(doc, i, path, defaults, names, regions, problems);
        }

        if (regionDocs.Count == 0 && gridDocs.Count == 0)
        {
            problems.AtValue("$", "the mapping has no regions: add \"regions\" (single rectangles) or \"grids\" (rows × columns of cells)");
        }

        return problems.Count > 0
            ? null
            : new Mapping(document.Name ?? Path.GetFileNameWithoutExtension(source), document.Description ?? string.Empty, source, [.. regions]);
    }

    private static void CompileGrid(GridDocument doc, int index, string path, Settings? defaults, Dictionary<string, string> names, List<MappedRegion> regions, MappingProblems problems)
    {
        var settings = Resolve(doc, defaults, path, problems, MappingVocabulary.Grid);
        var name = UniqueName(doc.Name ?? $"grid{index + 1}", path, names, problems);
        var rect = Rect(doc.X ?? 0, doc.Y ?? 0, doc.Width ?? (1 - (doc.X ?? 0)), doc.Height ?? (1 - (doc.Y ?? 0)), path, required: false, problems);
        var rows = Side(doc.Rows, JsonLocator.Child(path, "rows"), "rows", path, problems);
        var columns = Side(doc.Columns, JsonLocator.Child(path, "columns"), "columns", path, problems);
        if (rows is null || columns is null)
        {
            return;
        }

        var notesPath = JsonLocator.Child(path, "notes");
        var cells = rows.Value * columns.Value;
        if (doc.Notes is null)
        {
            problems.AtValue(path, $"this grid has no \"notes\"; give {cells} ({rows}×{columns}), left to right from the bottom row up");
            return;
        }

        if (doc.Notes.Count != cells)
        {
            problems.AtValue(notesPath, $"{doc.Notes.Count} notes for {rows}×{columns} = {cells} cells; give exactly {cells}, left to right from the bottom row up");
            return;
        }

        var notes = new int?[cells];
        for (var k = 0; k < cells; k++)
        {
            notes[k] = Note(doc.Notes[k], JsonLocator.Item(notesPath, k), problems);
        }

        if (rect is not { } area || settings is not { } s || notes.Any(n => n is null))
        {
            return;
        }

        for (var k = 0; k < cells; k++)
        {
            var rowFromBottom = k / columns.Value;
            var column = k % columns.Value;
            var rowFromTop = rows.Value - 1 - rowFromBottom;
            var cell = new NormalizedRect(
                area.X + (area.Width * column / columns.Value),
                area.Y + (area.Height * rowFromTop / rows.Value),
                area.Width / columns.Value,
                area.Height / rows.Value);
            var cellName = string.Create(CultureInfo.InvariantCulture, $"{name}[{rowFromBottom + 1},{column + 1}]");
            regions.Add(s.Region(cellName, cell, notes[k]!.Value));
        }
    }

    private static Settings? Resolve(RegionSettingsDocument? doc, Settings? inherited, string path, MappingProblems problems, string[] vocabulary)
    {
        if (doc is null)
        {
            return inherited;
        }

        Unknown(doc.Unknown, path, vocabulary, problems);
        var ok = inherited is not null;
        var baseline = inherited ?? BuiltIn;
        var channel = baseline.Channel;
        if (doc.Channel is { } c)
        {
            if (c is < 1 or > 16)
            {
                problems.AtValue(JsonLocator.Child(path, "channel"), $"channel {c} does not exist; allowed: {MappingVocabulary.Allowed("channel")}");
                ok = false;
            }

            channel = c;
        }

        var measure = baseline.Measure;
        if (doc.Measure is { } m)
        {
            switch (m.Trim().ToLowerInvariant())
            {
                case "brightness" or "mean":
                    measure = RegionMeasure.Brightness;
                    break;
                case "peak":
                    measure = RegionMeasure.Peak;
                    break;
                default:
                    problems.AtValue(JsonLocator.Child(path, "measure"), $"\"{m}\" is not a measure; allowed: {MappingVocabulary.Allowed("measure")}");
                    ok = false;
                    break;
            }
        }

        var on = baseline.On;
        if (doc.On is { } onValue)
        {
            if (onValue is <= 0 or > 1 || double.IsNaN(onValue))
            {
                problems.AtValue(JsonLocator.Child(path, "on"), $"{Show(onValue)} is out of range; allowed: a number above 0 and up to 1");
                ok = false;
            }

            on = onValue;
        }

        // An off set here or above is kept; one never set is derived from "on" when the region is built.
        var off = baseline.Off;
        if (doc.Off is { } offValue)
        {
            if (offValue is < 0 or >= 1 || double.IsNaN(offValue))
            {
                problems.AtValue(JsonLocator.Child(path, "off"), $"{Show(offValue)} is out of range; allowed: {MappingVocabulary.Allowed("off")}");
                ok = false;
            }

            off = offValue;
        }

        if (off is { } o && o >= on && ok)
        {
            problems.AtValue(JsonLocator.Child(path, doc.Off is not null ? "off" : "on"), $"\"off\" ({Show(o)}) must be below \"on\" ({Show(on)}) so a flickering value does not retrigger the note");
            ok = false;
        }

        var (min, max) = (baseline.VelocityMin, baseline.VelocityMax);
        if (doc.Velocity is { } velocity)
        {
            var vpath = JsonLocator.Child(path, "velocity");
            Unknown(velocity.Unknown, vpath, MappingVocabulary.Velocity, problems);
            ok &= Velocity(velocity.Min, JsonLocator.Child(vpath, "min"), problems);
            ok &= Velocity(velocity.Max, JsonLocator.Child(vpath, "max"), problems);
            min = velocity.Min ?? min;
            max = velocity.Max ?? max;
            if (ok && min > max)
            {
                problems.AtValue(JsonLocator.Child(vpath, "min"), $"velocity min ({min}) is above max ({max})");
                ok = false;
            }
        }

        return ok ? new Settings(channel, measure, on, off, min, max) : null;
    }

    private static bool Velocity(int? value, string path, MappingProblems problems)
    {
        if (value is { } v && v is < 1 or > 127)
        {
            problems.AtValue(path, $"velocity {v} is out of range; allowed: {MappingVocabulary.Allowed("min")}");
            return false;
        }

        return true;
    }

    private static NormalizedRect? Rect(double? x, double? y, double? width, double? height, string path, bool required, MappingProblems problems)
    {
        var ok = true;
        var values = new[] { ("x", x), ("y", y), ("width", width), ("height", height) };
        foreach (var (name, value) in values)
        {
            var at = JsonLocator.Child(path, name);
            if (value is null)
            {
                if (required)
                {
                    problems.AtValue(path, $"\"{name}\" is missing; allowed: {MappingVocabulary.Allowed(name)}");
                }

                ok = false;
                continue;
            }

            var isSize = name is "width" or "height";
            if (double.IsNaN(value.Value) || value.Value < 0 || value.Value > 1 || (isSize && value.Value <= 0))
            {
                problems.AtValue(at, $"{Show(value.Value)} is outside the frame; allowed: {MappingVocabulary.Allowed(name)}");
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        if (x!.Value + width!.Value > 1 + Epsilon)
        {
            problems.AtValue(JsonLocator.Child(path, "width"), $"x + width = {Show(x.Value + width.Value)} reaches past the right edge; x + width may be at most 1");
            ok = false;
        }

        if (y!.Value + height!.Value > 1 + Epsilon)
        {
            problems.AtValue(JsonLocator.Child(path, "height"), $"y + height = {Show(y.Value + height.Value)} reaches past the bottom edge; y + height may be at most 1");
            ok = false;
        }

        return ok ? new NormalizedRect(x.Value, y.Value, Math.Min(width.Value, 1 - x.Value), Math.Min(height.Value, 1 - y.Value)) : null;
    }

    private static int? Side(int? value, string at, string name, string gridPath, MappingProblems problems)
    {
        if (value is null)
        {
            problems.AtValue(gridPath, $"\"{name}\" is missing; allowed: {MappingVocabulary.Allowed(name)}");
            return null;
        }

        if (value is < 1 || value > MappingLimits.MaxGridSide)
        {
            problems.AtValue(at, $"{value} {name} is out of range; allowed: {MappingVocabulary.Allowed(name)}");
            return null;
        }

        return value;
    }

    private static int? Note(JsonElement element, string path, MappingProblems problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt32(out var number) && number is >= 0 and <= 127:
                return number;
            case JsonValueKind.String when NoteName.TryParse(element.GetString(), out var named):
                return named;
            case JsonValueKind.String:
                problems.AtValue(path, $"\"{element.GetString()}\" is not a note; allowed: {MappingVocabulary.Allowed("note")}");
                return null;
            default:
                problems.AtValue(path, $"{element.GetRawText()} is not a note; allowed: {MappingVocabulary.Allowed("note")}");
                return null;
        }
    }

    private static string UniqueName(string name, string path, Dictionary<string, string> names, MappingProblems problems)
    {
        if (!names.TryAdd(name, path))
        {
            problems.AtValue(JsonLocator.Child(path, "name"), $"the name \"{name}\" is already used at {names[name]}; names must be unique");
        }

        return name;
    }

    private static void Unknown(Dictionary<string, JsonElement>? unknown, string path, string[] known, MappingProblems problems)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var property in unknown.Keys)
        {
            var nearest = MappingVocabulary.Nearest(property, known);
            var hint = nearest is null ? $"known here: {string.Join(", ", known)}" : $"did you mean \"{nearest}\"?";
            problems.AtName(JsonLocator.Child(path, property), $"unknown property \"{property}\"; {hint}");
        }
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Region settings after inheritance.</summary>
    private sealed record Settings(int Channel, RegionMeasure Measure, double On, double? Off, int VelocityMin, int VelocityMax)
    {
        public MappedRegion Region(string name, NormalizedRect rect, int note) =>
            new(name, rect, Measure, Channel, note, On, Off ?? Math.Round(On * 0.8, 6), VelocityMin, VelocityMax);
    }
}
