using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// The first look at a mapping's text, before anything is built from it: JSON syntax, nesting
/// depth, list lengths, text and property-name lengths and valid UTF-8, each checked against
/// <see cref="MappingLimits"/> in one pass with a reader that holds only the current path.
/// </summary>
internal static class MappingTextCheck
{
    /// <summary>Reports what is wrong with the text; nothing when it may be parsed.</summary>
    public static void Check(ReadOnlySpan<byte> utf8, JsonLocator locator, MappingProblems problems)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            // One level more than allowed, so the check below (with a path) sees it first.
            MaxDepth = MappingLimits.MaxDepth + 1,
        });

        // The open objects and lists: how each is reached from its parent, and its items so far.
        var open = new List<Container>();
        string? name = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = Text(ref reader, out var valid);
                        if (!valid)
                        {
                            problems.AtOffset(reader.TokenStartIndex, Append(PathOf(open), name, -1), "a property name that is not valid UTF-8 text; save the file as UTF-8");
                        }
                        else if (name.Length > MappingLimits.MaxPropertyNameLength)
                        {
                            problems.AtOffset(reader.TokenStartIndex, Append(PathOf(open), name, -1), Invariant($"a property name of {name.Length:N0} characters; allowed: at most {MappingLimits.MaxPropertyNameLength} (the format's own names are far shorter)"));
                        }

                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var closed = open[^1];
                        if (closed.IsList && closed.Items > MappingLimits.MaxListItems)
                        {
                            problems.AtOffset(closed.Start, PathOf(open), Invariant($"a list of {closed.Items:N0} items; allowed: at most {MappingLimits.MaxListItems:N0}"));
                        }

                        open.RemoveAt(open.Count - 1);
                        continue;
                }

                // A value: reached by the pending property name, or as the next item of a list.
                string? step = null;
                var index = -1;
                if (open.Count > 0 && open[^1].IsList)
                {
                    index = open[^1].Items++;
                }
                else
                {
                    step = name;
                }

                name = null;
                if (reader.TokenType == JsonTokenType.String)
                {
                    var text = Text(ref reader, out var valid);
                    if (!valid)
                    {
                        problems.AtOffset(reader.TokenStartIndex, Append(PathOf(open), step, index), "text that is not valid UTF-8; save the file as UTF-8");
                    }
                    else if (text.Length > MappingLimits.MaxTextLength)
                    {
                        problems.AtOffset(reader.TokenStartIndex, Append(PathOf(open), step, index), Invariant($"text of {text.Length:N0} characters; allowed: at most {MappingLimits.MaxTextLength:N0}"));
                    }
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    open.Add(new Container(step, index, reader.TokenType == JsonTokenType.StartArray, reader.TokenStartIndex));
                    if (open.Count > MappingLimits.MaxDepth)
                    {
                        problems.AtOffset(reader.TokenStartIndex, PathOf(open), Invariant($"nested more than {MappingLimits.MaxDepth} levels deep; allowed: at most {MappingLimits.MaxDepth} levels of objects and lists (a mapping needs 4)"));
                        return;
                    }
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min(e.LineNumber ?? 0, int.MaxValue - 1) + 1;
            var column = locator.Column(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            problems.AtPosition(line, column, "not valid JSON: " + ReaderMessage(e));
        }
    }

    /// <summary>What the JSON reader said, without its position (the problem has one) and on one line.</summary>
    public static string ReaderMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        if (cut >= 0)
        {
            message = message[..cut];
        }

        return MappingText.Escape(message.TrimEnd('.', ' '), 200);
    }

    /// <summary>A string token's text; invalid UTF-8 or a broken escape gives false and the text read leniently.</summary>
    private static string Text(ref Utf8JsonReader reader, out bool valid)
    {
        try
        {
            valid = true;
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            valid = false;
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static string PathOf(List<Container> open)
    {
        var path = "$";
        for (var i = 1; i < open.Count; i++)
        {
            path = Append(path, open[i].Name, open[i].Index);
        }

        return path;
    }

    private static string Append(string path, string? name, int index) =>
        name is not null ? JsonLocator.Child(path, MappingText.Escape(name, MappingLimits.MaxPropertyNameLength))
        : index >= 0 ? JsonLocator.Item(path, index)
        : path;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>An object or list being read: how it is reached from its parent, whether it is a list, its items so far, where it starts.</summary>
    private sealed class Container(string? name, int index, bool isList, long start)
    {
        public string? Name { get; } = name;

        public int Index { get; } = index;

        public bool IsList { get; } = isList;

        public long Start { get; } = start;

        public int Items { get; set; }
    }
}
