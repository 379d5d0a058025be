using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// Makes hostile variants of a valid mapping for the fuzzer: changes to its JSON structure (wrong
/// types at random paths, huge numbers, long and strange text, duplicated keys, deep nesting,
/// long lists, unknown and misspelt properties) and to its bytes (flips, truncations, deletions,
/// repeated ranges, inserted JSON tokens, invalid UTF-8, byte-order marks). Everything drawn from
/// one <see cref="Random"/>, so a case is rebuilt exactly from its seed.
/// </summary>
internal sealed class MappingMutator(Random random)
{
    private static readonly string[] KnownNames =
    [
        "$schema", "version", "name", "description", "defaults", "limits", "regions", "grids", "channel", "measure", "on", "off",
        "minLength", "cooldown", "velocity", "min", "max", "curve", "shape", "scale", "intervals", "lowest", "highest", "x", "y",
        "width", "height", "note", "notes", "firstNote", "pitch", "cc", "controller", "low", "high", "smoothing", "rows", "columns",
        "polyphony", "notesPerSecond", "thinning", "seed", "colour", "tolerance", "from", "tempo", "quantize", "swing", "chord", "arpeggio",
        "pattern", "rate", "octaves", "gate",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-0", "1e999", "-1e999", "1e-999", "NaN", "Infinity",
        "0x1F", "'a'", "/*", "*/", "//", "\n", "\r\n", "\t", "\\", "\\u", "\\ud800", "\"\\ud800\"", "\"\\u0000\"", "\"x\":", "\"name\":",
        ",,", "[]", "{}", "99999999999999999999999999999", "-2147483649", "2147483648", "1.7976931348623157e309", "\"\\u001b[31m\"",
        "\u00e9", "\U0001F386", "\u202e", "\uFEFF", "\"\"", "\"C4\"", "\"value\"", "\"A minor pentatonic\"",
    ];

    private static readonly byte[][] RawBytes =
    [
        [0xFF], [0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x8E],
        [0x00], [0x1B], [0x7F], [0xC2, 0x85], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF],
    ];

    /// <summary>What was done, for the failure report.</summary>
    public List<string> Steps { get; } = [];

    /// <summary>One mutated version of <paramref name="original"/>.</summary>
    public byte[] Mutate(byte[] original)
    {
        var bytes = original;
        var structural = random.Next(4) != 0;
        if (structural && TryParse(original) is { } root)
        {
            var duplicates = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
            var changes = 1 + random.Next(3);
            for (var i = 0; i < changes; i++)
            {
                root = Structural(root, duplicates);
            }

            bytes = Write(root, duplicates);
        }

        var byteChanges = structural ? random.Next(3) : 1 + random.Next(4);
        for (var i = 0; i < byteChanges; i++)
        {
            bytes = Bytes(bytes);
        }

        return bytes;
    }

    private static JsonNode? TryParse(byte[] utf8)
    {
        try
        {
            return JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private JsonNode Structural(JsonNode root, HashSet<JsonObject> duplicates)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        switch (random.Next(10))
        {
            case 0 or 1:
                return Replace(root, target, Value(0), "replace");
            case 2:
                if (target.Parent is JsonObject parentObject)
                {
                    Steps.Add($"remove {target.GetPath()}");
                    parentObject.Remove(target.GetPropertyName());
                }

                return root;
            case 3:
                if (target is JsonObject addTo)
                {
                    var name = random.Next(3) == 0 ? Text() : KnownNames[random.Next(KnownNames.Length)];
                    Steps.Add($"add {Show(name)} to {target.GetPath()}");
                    addTo[name] = Value(0);
                }

                return root;
            case 4:
                if (target is JsonObject twice && twice.Count > 0)
                {
                    Steps.Add($"duplicate a key in {target.GetPath()}");
                    duplicates.Add(twice);
                }

                return root;
            case 5:
                if (target.Parent is JsonObject renameIn)
                {
                    var old = target.GetPropertyName();
                    var renamed = Typo(old);
                    if (!renameIn.ContainsKey(renamed))
                    {
                        Steps.Add($"rename {target.GetPath()} to {Show(renamed)}");
                        renameIn.Remove(old);
                        renameIn[renamed] = target;
                    }
                }

                return root;
            case 6:
                if (target is JsonArray list && list.Count > 0)
                {
                    var item = list[random.Next(list.Count)];
                    var copies = random.Next(4) == 0 ? random.Next(2000, 6000) : random.Next(1, 5);

                    // Past the file size limit is enough: no need to build hundreds of megabytes.
                    var room = (1_500_000 - root.ToJsonString().Length) / Math.Max(4, item?.ToJsonString().Length ?? 4);
                    copies = Math.Max(1, Math.Min(copies, room));
                    Steps.Add($"repeat an item of {target.GetPath()} {copies} times");
                    for (var i = 0; i < copies; i++)
                    {
                        list.Add(item?.DeepClone());
                    }
                }

                return root;
            case 7:
                return Replace(root, target, Nest(target.DeepClone(), random.Next(2, random.Next(2) == 0 ? 20 : 300)), "nest");
            case 8:
                if (target is JsonValue value && value.TryGetValue<double>(out var number))
                {
                    double[] factors = [-1, 0, 1e300, -1e300, 1e-300, 1000, 128, 4097, 0.5, 1.0000001, double.Epsilon];
                    var changed = number * factors[random.Next(factors.Length)];
                    return Replace(root, target, double.IsFinite(changed) ? JsonValue.Create(changed) : JsonValue.Create(number + 1e9), "scale");
                }

                return Replace(root, target, Value(0), "replace");
            default:
                return Replace(root, target, Value(0), "replace");
        }
    }

    private JsonNode Replace(JsonNode root, JsonNode target, JsonNode? with, string what)
    {
        Steps.Add($"{what} {target.GetPath()} with {Show(with?.ToJsonString() ?? "null")}");
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = with;
                return root;
            case JsonArray a:
                a[target.GetElementIndex()] = with;
                return root;
            default:
                return with ?? JsonValue.Create("null text")!;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Collect(child, into);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, into);
                }

                break;
        }
    }

    /// <summary>A random value: any JSON type, edge numbers, notes, strange text, long lists, deep nests.</summary>
    private JsonNode? Value(int depth)
    {
        switch (random.Next(depth > 2 ? 12 : 16))
        {
            case 0:
                return null;
            case 1:
                return JsonValue.Create(random.Next(2) == 0);
            case 2:
                {
                    double[] numbers = [0, -0.0, 1, -1, 0.5, 1.5, 127, 128, 129, 4096, 4097, 16, 17, 60000, 60001, 1e308, -1e308, 1e-320, 2147483647, 2147483648, -2147483649, 9.2233720368547758e18, 0.1 + 0.2];
                    return JsonValue.Create(numbers[random.Next(numbers.Length)]);
                }

            case 3:
                return JsonValue.Create(random.Next(-200, 300));
            case 4:
                return JsonValue.Create(random.NextDouble() * (random.Next(2) == 0 ? 1 : 200) - 0.1);
            case 5 or 6:
                return JsonValue.Create(Text());
            case 7:
                {
                    string[] words = ["C4", "H2", "c#-1", "G9", "G#9", "Cb-1", "E♭5", "F♯2", "Cs4", "C2147483647", "Bbbbbbbbbbbbbbb4", "brightness", "peak", "motion", "darkness", "value", "fixed", "linear", "gamma", "coverage", "hue", "change", "x", "y", "red", "white", "#ff8800", "#ff88", "redd", "A minor pentatonic", "F# dorian", "D", "blues", "custom", "Q lydian", "  ", "C\tmajor"];
                    return JsonValue.Create(words[random.Next(words.Length)]);
                }

            case 8:
                return new JsonArray();
            case 9:
                return new JsonObject();
            case 10:
                {
                    var list = new JsonArray();
                    var count = random.Next(4) == 0 ? random.Next(4000, 20000) : random.Next(1, 20);
                    for (var i = 0; i < count; i++)
                    {
                        list.Add(random.Next(3) == 0 ? JsonValue.Create(Text()) : JsonValue.Create(random.Next(-5, 140)));
                    }

                    return list;
                }

            case 11:
                return Nest(JsonValue.Create(1), random.Next(2, 300));
            case 12:
                {
                    var list = new JsonArray();
                    var count = random.Next(1, 6);
                    for (var i = 0; i < count; i++)
                    {
                        list.Add(Value(depth + 1));
                    }

                    return list;
                }

            default:
                {
                    var o = new JsonObject();
                    var count = random.Next(1, 6);
                    for (var i = 0; i < count; i++)
                    {
                        o[KnownNames[random.Next(KnownNames.Length)] + (random.Next(5) == 0 ? "x" : string.Empty)] = Value(depth + 1);
                    }

                    return o;
                }
        }
    }

    private JsonNode Nest(JsonNode? inner, int levels)
    {
        var node = inner;
        for (var i = 0; i < levels; i++)
        {
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node!;
    }

    /// <summary>Text: empty, long, control characters, escapes, bidi overrides, emoji, CJK, lone surrogates.</summary>
    private string Text()
    {
        switch (random.Next(9))
        {
            case 0:
                return string.Empty;
            case 1:
                // Now and then longer than a whole mapping may be.
                return new string((char)random.Next('a', 'z' + 1), random.Next(50, random.Next(100) == 0 ? 1_200_000 : random.Next(2) == 0 ? 500 : 6000));
            case 2:
                return "line one\nline two\r\n\ttab";
            case 3:
                return "\u001b[2J\u001b]0;owned\u0007";
            case 4:
                return "\u202egnp.exe \u200b zero\u200dwidth";
            case 5:
                return "花火 🎆 Ünïcødé";
            case 6:
                return "lone \ud800 surrogate";
            case 7:
                return "\0null\0";
            default:
                {
                    var builder = new StringBuilder();
                    var length = random.Next(1, 40);
                    for (var i = 0; i < length; i++)
                    {
                        builder.Append(char.ConvertFromUtf32(random.Next(5) switch
                        {
                            0 => random.Next(0, 0x20),
                            1 => random.Next(0x80, 0x800),
                            2 => random.Next(0x10000, 0x10FFFF),
                            3 => random.Next(0xE000, 0xFFFE),
                            _ => random.Next(0x20, 0x7F),
                        }));
                    }

                    return builder.ToString();
                }
        }
    }

    private string Typo(string name)
    {
        if (name.Length == 0)
        {
            return "x";
        }

        var chars = name.ToCharArray();
        switch (random.Next(4))
        {
            case 0:
                return name.ToUpperInvariant();
            case 1:
                chars[random.Next(chars.Length)] = (char)random.Next('a', 'z' + 1);
                return new string(chars);
            case 2:
                return name[..^1];
            default:
                return name + name;
        }
    }

    private byte[] Write(JsonNode root, HashSet<JsonObject> duplicates)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = random.Next(2) == 0, MaxDepth = 1000, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            WriteNode(writer, root, duplicates);
        }

        return stream.ToArray();
    }

    private void WriteNode(Utf8JsonWriter writer, JsonNode? node, HashSet<JsonObject> duplicates)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject o:
                writer.WriteStartObject();
                var twice = duplicates.Contains(o) ? random.Next(o.Count) : -1;
                var index = 0;
                foreach (var (name, child) in o)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, child, duplicates);
                    if (index++ == twice)
                    {
                        writer.WritePropertyName(name);
                        WriteNode(writer, random.Next(2) == 0 ? child : Value(2), duplicates);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var child in a)
                {
                    WriteNode(writer, child, duplicates);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private byte[] Bytes(byte[] input)
    {
        var list = new List<byte>(input);
        var at = list.Count == 0 ? 0 : random.Next(list.Count + 1);
        switch (random.Next(11))
        {
            case 0 when list.Count > 0:
                {
                    var i = random.Next(list.Count);
                    list[i] ^= (byte)(1 << random.Next(8));
                    Steps.Add($"flip a bit at byte {i}");
                    break;
                }

            case 1 when list.Count > 0:
                {
                    var i = random.Next(list.Count);
                    list[i] = (byte)random.Next(256);
                    Steps.Add($"set byte {i}");
                    break;
                }

            case 2:
                Steps.Add($"truncate to {at} bytes");
                list.RemoveRange(at, list.Count - at);
                break;
            case 3 when list.Count > 0:
                {
                    var length = Math.Min(list.Count - Math.Min(at, list.Count - 1), random.Next(1, 64));
                    var from = Math.Min(at, list.Count - 1);
                    Steps.Add($"delete {length} bytes at {from}");
                    list.RemoveRange(from, length);
                    break;
                }

            case 4 when list.Count > 0:
                {
                    var from = random.Next(list.Count);
                    var length = Math.Min(list.Count - from, random.Next(1, 200));
                    var copies = random.Next(1, 4);
                    Steps.Add($"repeat {length} bytes from {from} {copies} times at {at}");
                    var chunk = list.GetRange(from, length);
                    for (var i = 0; i < copies; i++)
                    {
                        list.InsertRange(at, chunk);
                    }

                    break;
                }

            case 5 or 6:
                {
                    var token = Tokens[random.Next(Tokens.Length)];
                    Steps.Add($"insert {Show(token)} at {at}");
                    list.InsertRange(at, Encoding.UTF8.GetBytes(token));
                    break;
                }

            case 7:
                {
                    var raw = RawBytes[random.Next(RawBytes.Length)];
                    Steps.Add($"insert bytes {Convert.ToHexString(raw)} at {at}");
                    list.InsertRange(at, raw);
                    break;
                }

            case 8:
                {
                    byte[][] marks = [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00]];
                    var mark = marks[random.Next(marks.Length)];
                    Steps.Add($"prepend {Convert.ToHexString(mark)}");
                    list.InsertRange(0, mark);
                    break;
                }

            case 9:
                {
                    // Re-encode as UTF-16, as some Windows editors save.
                    Steps.Add("re-encode as UTF-16");
                    return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString([.. list]))];
                }

            default:
                {
                    var quote = list.IndexOf((byte)'"', random.Next(Math.Max(1, list.Count)));
                    if (quote >= 0)
                    {
                        var inside = Encoding.UTF8.GetBytes(Text());
                        var offset = quote + 1;
                        Steps.Add($"insert {Show(Encoding.UTF8.GetString(inside))} into a string at byte {offset}");
                        list.InsertRange(offset, inside);
                    }

                    break;
                }
        }

        return [.. list];
    }

    /// <summary>Text for the step list: escaped and cut short.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > 60 ? text[..60] : text)
        {
            builder.Append(c is < ' ' or '\u007f' or (>= '\u0080' and < '\u00a0') || char.IsSurrogate(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString());
        }

        return builder.Append(text.Length > 60 ? $"…\" ({text.Length} chars)" : "\"").ToString();
    }
}
