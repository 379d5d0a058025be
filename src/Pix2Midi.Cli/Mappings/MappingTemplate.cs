using System.Globalization;
using System.Text;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Cli.Mappings;

/// <summary>
/// The mapping <c>pix2midi mapping init</c> writes: a grid over the whole frame whose cells climb
/// a scale on a piano (channel 1's instrument), every property preceded by a comment taken from
/// the schema's description. Fields a new mapping is better without (a colour) are written
/// commented out, with their description, so they can be found and switched on.
/// </summary>
internal static class MappingTemplate
{
    private const int Width = 100;

    /// <summary>The text of a new mapping.</summary>
    /// <param name="rows">Grid rows.</param>
    /// <param name="columns">Grid columns.</param>
    /// <param name="scale">The key the cells climb.</param>
    /// <param name="firstNote">The bottom-left cell's note.</param>
    public static string Write(int rows, int columns, Scale scale, int firstNote)
    {
        var descriptions = new SchemaDescriptions();
        var text = new StringBuilder();
        var last = scale.NotesBetween(firstNote, 127)[(rows * columns) - 1];
        var writer = new Writer(text, descriptions);
        writer.Open(null, null);
        writer.Value("$schema", "$schema", Quote("./" + MappingSchema.FileName));
        writer.Value("version", "version", "1");
        writer.Value("name", "name", Quote($"{rows}×{columns} {scale}"));
        writer.Value("description", "description", Quote($"A {rows}×{columns} grid over the whole frame in {scale}: the bottom-left cell plays {NoteName.Format(firstNote)}, and pitch climbs the scale to the right and upwards to {NoteName.Format(last)}. A cell plays while it is bright; brighter is louder. Made by `pix2midi mapping init`: edit it while `pix2midi run` plays, and every save is heard."));
        writer.Value("tempo", "tempo", "120");
        writer.Value("quantize", "quantize", Quote("off"));
        writer.Open("defaults", "defaults");
        writer.Value("channel", "defaults.channel", "1");
        writer.Value("measure", "defaults.measure", Quote("brightness"));
        writer.Optional("colour", "defaults.colour", Quote("red"), "To play only on red pixels, remove the // in front of \"colour\".");
        writer.Optional("tolerance", "defaults.tolerance", "0.08", null);
        writer.Value("on", "defaults.on", "0.5");
        writer.Value("off", "defaults.off", "0.4");
        writer.Value("minLength", "defaults.minLength", "80");
        writer.Value("cooldown", "defaults.cooldown", "120");
        writer.Open("velocity", "defaults.velocity");
        writer.Value("min", "defaults.velocity.min", "40");
        writer.Value("max", "defaults.velocity.max", "120");
        writer.Value("curve", "defaults.velocity.curve", Quote("linear"));
        writer.Close();
        writer.Optional("chord", "defaults.chord", Quote("triad"), "To play each cell as a chord of the scale, remove the // in front of \"chord\".");
        writer.Value("scale", "defaults.scale", Quote(scale.Name));
        writer.Close();
        writer.Open("limits", "limits");
        writer.Value("polyphony", "limits.polyphony", "8");
        writer.Value("notesPerSecond", "limits.notesPerSecond", "16");
        writer.Value("thinning", "limits.thinning", "0");
        writer.Value("seed", "limits.seed", "0");
        writer.Close();
        writer.Value("instruments", "instruments", "{ \"1\": \"Acoustic Grand Piano\" }");
        writer.OpenList("grids", "grids");
        writer.Open(null, null);
        writer.Value("name", "grids.name", Quote("grid"));
        writer.Value("x", "grids.x", "0");
        writer.Value("y", "grids.y", "0");
        writer.Value("width", "grids.width", "1");
        writer.Value("height", "grids.height", "1");
        writer.Value("rows", "grids.rows", rows.ToString(CultureInfo.InvariantCulture));
        writer.Value("columns", "grids.columns", columns.ToString(CultureInfo.InvariantCulture));
        writer.Value("firstNote", "grids.firstNote", Quote(NoteName.Format(firstNote)));
        writer.Close();
        writer.CloseList();
        writer.Close();
        return text.ToString();
    }

    private static string Quote(string text) =>
        "\"" + System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    /// <summary>Writes JSON with comments, two spaces an indent, commas where they belong.</summary>
    private sealed class Writer(StringBuilder text, SchemaDescriptions descriptions)
    {
        private readonly Stack<bool> _first = new();
        private readonly List<(string Name, string Path, string Json, string? Note)> _pending = [];

        public void Open(string? name, string? path)
        {
            Start(name, path);
            text.Append("{\n");
            _first.Push(true);
        }

        public void OpenList(string name, string path)
        {
            Start(name, path);
            text.Append("[\n");
            _first.Push(true);
        }

        public void Value(string name, string path, string json)
        {
            Start(name, path);
            text.Append(json);
        }

        /// <summary>
        /// A property written as a comment, with its description and an optional note of how to
        /// use it, before the next property of the same object (which must follow).
        /// </summary>
        public void Optional(string name, string path, string json, string? note)
        {
            _pending.Add((name, path, json, note));
        }

        public void Close()
        {
            _first.Pop();
            text.Append('\n').Append(Indent()).Append('}');
            if (_first.Count == 0)
            {
                text.Append('\n');
            }
        }

        public void CloseList()
        {
            _first.Pop();
            text.Append('\n').Append(Indent()).Append(']');
        }

        private void Start(string? name, string? path)
        {
            if (_first.Count == 0)
            {
                return;
            }

            if (!_first.Pop())
            {
                text.Append(",\n");
            }

            _first.Push(false);
            var indent = Indent();
            foreach (var (pendingName, pendingPath, json, note) in _pending)
            {
                Describe(pendingPath, indent);
                if (note is not null)
                {
                    text.Append(indent).Append("// ").Append(note).Append('\n');
                }

                text.Append(indent).Append("// \"").Append(pendingName).Append("\": ").Append(json).Append(",\n");
            }

            _pending.Clear();
            Describe(path, indent);

            text.Append(indent);
            if (name is not null)
            {
                text.Append('"').Append(name).Append("\": ");
            }
        }

        private void Describe(string? path, string indent)
        {
            if (path is not null && descriptions.Of(path) is { } description)
            {
                foreach (var line in Wrap(description, Width - indent.Length - 3))
                {
                    text.Append(indent).Append("// ").Append(line).Append('\n');
                }
            }
        }

        private string Indent() => new(' ', _first.Count * 2);

        private static IEnumerable<string> Wrap(string text, int width)
        {
            var line = new StringBuilder();
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            if (line.Length > 0)
            {
                yield return line.ToString();
            }
        }
    }
}
