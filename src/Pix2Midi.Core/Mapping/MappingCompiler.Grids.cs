using System.Globalization;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping.Documents;

namespace Pix2Midi.Core.Mapping;

/// <summary>Grids: rows × columns of cells, with listed, generated or value-chosen notes.</summary>
internal static partial class MappingCompiler
{
    private static void CompileGrid(GridDocument doc, int index, string path, Settings? defaults, Dictionary<string, string> names, List<MappedRegion> regions, MappingProblems problems)
    {
        var settings = Resolve(doc, defaults, path, problems, MappingVocabulary.Grid);
        Text(doc.Name, JsonLocator.Child(path, "name"), isName: true, problems);
        var name = UniqueName(doc.Name ?? $"grid{index + 1}", path, names, problems);
        var rect = Rect(doc.X ?? 0, doc.Y ?? 0, doc.Width ?? (1 - (doc.X ?? 0)), doc.Height ?? (1 - (doc.Y ?? 0)), path, required: false, problems);
        var rows = Side(doc.Rows, JsonLocator.Child(path, "rows"), "rows", path, problems);
        var columns = Side(doc.Columns, JsonLocator.Child(path, "columns"), "columns", path, problems);
        var pitchPath = JsonLocator.Child(path, "pitch");
        var pitch = PitchMode(doc.Pitch, pitchPath, problems);
        if (rows is null || columns is null)
        {
            return;
        }

        var cells = rows.Value * columns.Value;
        var control = Control(doc.Cc, JsonLocator.Child(path, "cc"), cells - 1, problems);
        var given = (doc.Notes is not null ? 1 : 0) + (doc.FirstNote is not null ? 1 : 0) + (pitch?.FromScale == true ? 1 : 0);
        if (given > 1)
        {
            problems.AtValue(path, "give the cells' notes one way: \"notes\" (a list), \"firstNote\" (generated along the scale) or a \"pitch\" along the scale (\"value\", \"hue\", \"x\" or \"y\")");
            return;
        }

        if (given == 0 && doc.Cc is null)
        {
            if (pitch is not null)
            {
                problems.AtValue(path, $"this grid has no \"notes\"; give {cells} ({rows}×{columns}), left to right from the bottom row up, or \"firstNote\" with a \"scale\" to generate them");
            }

            return;
        }

        if (rect is not { } area || settings is not { } s || pitch is null || (doc.Cc is not null && control is null) || !HasCentre(pitch, s, pitchPath, problems))
        {
            Notes(doc, cells, rows.Value, columns.Value, path, s: settings, problems);
            return;
        }

        if (!HarmonyFits(doc, s, path, playsNotes: given > 0, problems))
        {
            Notes(doc, cells, rows.Value, columns.Value, path, s, problems);
            return;
        }

        var byScale = pitch.FromScale;
        var range = byScale ? s.Range(path, problems) : null;
        var notes = byScale || given == 0 ? new int?[cells] : Notes(doc, cells, rows.Value, columns.Value, path, s, problems);
        if (notes is null || (byScale && range is null))
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
            var cellControl = control is null ? null : control with { Controller = control.Controller + k };
            var region = range is not null
                ? s.Region(cellName, cell, range.Lowest, cellControl) with { Pitch = range, PitchFrom = pitch.From }
                : given == 0
                    ? s.ControlRegion(cellName, cell, cellControl)
                    : s.Region(cellName, cell, notes[k]!.Value, cellControl);
            regions.Add(region);
        }
    }

    /// <summary>The cells' fixed notes, listed or generated; null (with problems) when they cannot be had.</summary>
    private static int?[]? Notes(GridDocument doc, int cells, int rows, int columns, string path, Settings? s, MappingProblems problems)
    {
        if (doc.Notes is { } listed)
        {
            var notesPath = JsonLocator.Child(path, "notes");
            if (listed.Count != cells)
            {
                problems.AtValue(notesPath, $"{listed.Count} notes for {rows}×{columns} = {cells} cells; give exactly {cells}, left to right from the bottom row up");
                return null;
            }

            var notes = new int?[cells];
            for (var k = 0; k < cells; k++)
            {
                var at = JsonLocator.Item(notesPath, k);
                notes[k] = listed[k].ValueKind == System.Text.Json.JsonValueKind.Undefined || problems.Has(at) ? null : Note(listed[k], at, problems);
            }

            return notes.Any(n => n is null) ? null : notes;
        }

        if (doc.FirstNote is { } first)
        {
            var firstPath = JsonLocator.Child(path, "firstNote");
            if (Note(first, firstPath, problems) is not { } start || s is null)
            {
                return null;
            }

            var notes = new int?[cells];
            var next = s.Scale.AtOrAbove(start);
            for (var k = 0; k < cells; k++)
            {
                if (next is not { } note)
                {
                    problems.AtValue(firstPath, $"{cells} cells of {s.Scale} from {NoteName.Format(start)} reach past G9 (127); start lower, or use fewer cells");
                    return null;
                }

                notes[k] = note;
                next = s.Scale.AtOrAbove(note + 1);
            }

            return notes;
        }

        return null;
    }

    private static int? Side(int? value, string at, string name, string gridPath, MappingProblems problems)
    {
        if (value is null)
        {
            if (!problems.Has(at))
            {
                problems.AtValue(gridPath, $"\"{name}\" is missing; allowed: {MappingVocabulary.Allowed(name)}");
            }

            return null;
        }

        if (value is < 1 || value > MappingLimits.MaxGridSide)
        {
            problems.AtValue(at, $"{value} {name} is out of range; allowed: {MappingVocabulary.Allowed(name)}");
            return null;
        }

        return value;
    }
}
