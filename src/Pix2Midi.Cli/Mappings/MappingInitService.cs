using System.Globalization;
using System.Text.RegularExpressions;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Cli.Mappings;

/// <summary>
/// <c>pix2midi mapping init [--grid RxC] [--scale "C minor pentatonic"] [-o FILE] [--force]</c>:
/// writes a valid, commented starting mapping and the schema next to it.
/// </summary>
internal sealed partial class MappingInitService(TextWriter output, TextWriter error)
{
    public const string DefaultFile = "mapping.json";

    public int Run(string? grid, string? scaleText, string? outputPath, bool force)
    {
        var path = outputPath ?? DefaultFile;
        if (Grid(grid ?? "4x4") is not { } size)
        {
            error.WriteLine($"error: --grid {grid}: give rows x columns, such as 4x4 or 3x6, each 1–{MappingLimits.MaxGridSide}");
            return ExitCodes.Usage;
        }

        var problem = Scale.TryParse(scaleText ?? "C minor pentatonic", null, Scale.Chromatic, out var scale);
        if (problem is not null)
        {
            error.WriteLine($"error: --scale {scaleText}: {problem}");
            return ExitCodes.Usage;
        }

        var cells = size.Rows * size.Columns;
        var notes = scale!.NotesBetween(0, 127);
        if (cells > notes.Length)
        {
            error.WriteLine($"error: --grid {size.Rows}x{size.Columns}: {cells} cells need {cells} notes of {scale}, and MIDI has only {notes.Length}; use fewer cells or a scale with more notes");
            return ExitCodes.Usage;
        }

        // Start at the root in octave 3 (C3 = 48) when the grid fits above it, else as high as fits.
        var start = Math.Clamp(Array.FindIndex(notes, n => n >= 48 + scale.Root), 0, notes.Length - cells);
        if (!force && File.Exists(path))
        {
            error.WriteLine($"error: {path}: already exists; pass --force to replace it, or -o to write another file");
            return ExitCodes.Failure;
        }

        try
        {
            var text = MappingTemplate.Write(size.Rows, size.Columns, scale, notes[start]);
            MappingLoader.Parse(path, System.Text.Encoding.UTF8.GetBytes(text));
            SchemaFile.Write(path, text);
            var schemaPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", MappingSchema.FileName);
            var schema = MappingSchema.GenerateText();
            var schemaState = File.Exists(schemaPath) && File.ReadAllText(schemaPath) == schema ? "up to date" : "written";
            if (schemaState == "written")
            {
                SchemaFile.Write(schemaPath, schema);
            }

            output.WriteLine($"Wrote {path}: a {size.Rows}×{size.Columns} grid in {scale}, {NoteName.Format(notes[start])} to {NoteName.Format(notes[start + cells - 1])}.");
            output.WriteLine($"  schema   {Path.GetRelativePath(Environment.CurrentDirectory, schemaPath)} ({schemaState}): editors that read \"$schema\" check and complete the file");
            output.WriteLine($"  next     pix2midi mapping preview {path} --video VIDEO   (see the regions on a frame)");
            output.WriteLine($"           pix2midi run VIDEO -m {path}   (every save is heard on the next frame)");
            return ExitCodes.Success;
        }
        catch (UserInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }
    }

    private static (int Rows, int Columns)? Grid(string text)
    {
        var match = GridPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var rows = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var columns = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return rows is >= 1 and <= MappingLimits.MaxGridSide && columns is >= 1 and <= MappingLimits.MaxGridSide ? (rows, columns) : null;
    }

    [GeneratedRegex(@"^\s*([0-9]{1,4})\s*[xX×*]\s*([0-9]{1,4})\s*$")]
    private static partial Regex GridPattern();
}
