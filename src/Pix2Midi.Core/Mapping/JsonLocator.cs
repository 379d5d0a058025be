using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Finds where in a JSON text values (or properties' names) sit, by their paths such as
/// <c>$.regions[2].note</c>, so that problems found after parsing can still say line and column.
/// </summary>
/// <remarks>
/// <para>
/// Lines and columns are 1-based; columns count characters, not bytes. A text with a syntax
/// error is searched up to the error.
/// </para>
/// <para>
/// Paths are looked up together, in one pass over the text (<see cref="Locate"/>), so the memory
/// used grows with the paths asked for, never with the size of the text: a file cannot make the
/// locator store a path for each of its values.
/// </para>
/// </remarks>
public sealed class JsonLocator
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    /// <summary>Keeps <paramref name="utf8"/> (a copy) to search it later.</summary>
    public JsonLocator(ReadOnlySpan<byte> utf8)
    {
        _utf8 = utf8.ToArray();
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column of the value at <paramref name="path"/>, or null when there is none.</summary>
    public (int Line, int Column)? Value(string path) => Exact(Resolve([(path, false)])[0]);

    /// <summary>The line and column of the property name that ends <paramref name="path"/>, or of its value, or null.</summary>
    public (int Line, int Column)? Name(string path) => Exact(Resolve([(path, true)])[0]);

    /// <summary>The line and column of <paramref name="path"/>, or of its nearest ancestor that exists.</summary>
    public (int Line, int Column) Nearest(string path, bool preferName = false) => Locate([(path, preferName)])[0];

    /// <summary>
    /// For each path, the line and column of its value (or, with PreferName, of its property
    /// name), or of its nearest ancestor found; (1, 1) when not even the root is there.
    /// </summary>
    public (int Line, int Column)[] Locate(IReadOnlyList<(string Path, bool PreferName)> paths) =>
        [.. Resolve(paths).Select(r => (r.Line, r.Column))];

    private static (int Line, int Column)? Exact((int Line, int Column, bool Exact) found) =>
        found.Exact ? (found.Line, found.Column) : null;

    private (int Line, int Column, bool Exact)[] Resolve(IReadOnlyList<(string Path, bool PreferName)> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var root = new Node();
        var chains = new List<Node>[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            var chain = new List<Node> { root };
            foreach (var segment in Segments(paths[i].Path))
            {
                chain.Add(chain[^1].Child(segment.Name, segment.Index));
            }

            chains[i] = chain;
        }

        Mark(root);
        var found = new (int Line, int Column, bool Exact)[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            found[i] = (1, 1, false);
            for (var k = chains[i].Count - 1; k >= 0; k--)
            {
                var node = chains[i][k];
                var at = paths[i].PreferName && node.NameAt >= 0 ? node.NameAt : node.ValueAt;
                if (at >= 0)
                {
                    var (line, column) = Position(at);
                    found[i] = (line, column, k == chains[i].Count - 1);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The line and column of a byte offset in the text.</summary>
    public (int Line, int Column) Position(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _utf8.Length);
        var line = _lineStarts.BinarySearch(clamped);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, clamped - start) + 1;
        return (line + 1, column);
    }

    /// <summary>The 1-based character column of a byte position in a 0-based line, as a JSON reader reports them.</summary>
    public int Column(long line, long bytePositionInLine)
    {
        if (line < 0 || line >= _lineStarts.Count)
        {
            return (int)Math.Clamp(bytePositionInLine + 1, 1, int.MaxValue);
        }

        var start = _lineStarts[(int)line];
        var length = (int)Math.Clamp(bytePositionInLine, 0, _utf8.Length - start);
        return Encoding.UTF8.GetCharCount(_utf8, start, length) + 1;
    }

    /// <summary>
    /// Appends a property to a path the way System.Text.Json writes paths: <c>$.name</c>, or
    /// <c>$['odd name']</c> with quotes, backslashes and control characters escaped.
    /// </summary>
    public static string Child(string path, string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return $"{path}.{property}";
        }

        var builder = new StringBuilder(path.Length + property.Length + 4).Append(path).Append("['");
        foreach (var c in property)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append("']").ToString();
    }

    /// <summary>Appends an array index to a path.</summary>
    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Walks the text once and records, on every node of the tree, where its value and name first appear.</summary>
    private void Mark(Node root)
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 1024,
        });
        var stack = new List<(Node? Node, bool IsArray, int Next)>();
        Node? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = null;
                        if (stack[^1].Node?.Names is { } names && names.TryGetValue(Text(ref reader), out var named))
                        {
                            pending = named;
                            if (named.NameAt < 0)
                            {
                                named.NameAt = reader.TokenStartIndex;
                            }
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                }

                Node? node;
                if (stack.Count == 0)
                {
                    node = root;
                }
                else if (stack[^1].IsArray)
                {
                    var (parent, isArray, next) = stack[^1];
                    stack[^1] = (parent, isArray, next + 1);
                    node = parent?.Items is { } items && items.TryGetValue(next, out var item) ? item : null;
                }
                else
                {
                    node = pending;
                }

                pending = null;
                if (node is not null && node.ValueAt < 0)
                {
                    node.ValueAt = reader.TokenStartIndex;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Add((node?.Names is null && node?.Items is null ? null : node, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Everything before the error is searched; the parser reports the error itself.
        }
    }

    /// <summary>A property name as text; invalid UTF-8 is read with replacement characters rather than refused.</summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    /// <summary>The steps of a path as <see cref="Child"/> and <see cref="Item"/> write it; reading stops at anything else.</summary>
    private static List<(string? Name, int Index)> Segments(string path)
    {
        var segments = new List<(string? Name, int Index)>();
        if (!path.StartsWith('$'))
        {
            return segments;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                segments.Add((path[(i + 1)..end], -1));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var name = new StringBuilder();
                var j = i + 2;
                while (j < path.Length && path[j] != '\'')
                {
                    if (path[j] == '\\' && j + 1 < path.Length)
                    {
                        if (path[j + 1] == 'u' && j + 5 < path.Length && int.TryParse(path.AsSpan(j + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            name.Append((char)code);
                            j += 6;
                            continue;
                        }

                        j++;
                    }

                    name.Append(path[j]);
                    j++;
                }

                if (j + 1 >= path.Length || path[j + 1] != ']')
                {
                    break;
                }

                segments.Add((name.ToString(), -1));
                i = j + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    break;
                }

                segments.Add((null, index));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    /// <summary>One step of the paths looked for, and where its value and name were found (-1: not yet).</summary>
    private sealed class Node
    {
        public Dictionary<string, Node>? Names { get; set; }

        public Dictionary<int, Node>? Items { get; set; }

        public long ValueAt { get; set; } = -1;

        public long NameAt { get; set; } = -1;

        /// <summary>The step below this one by property name or, when <paramref name="name"/> is null, by index.</summary>
        public Node Child(string? name, int index)
        {
            if (name is not null)
            {
                Names ??= new(StringComparer.Ordinal);
                if (!Names.TryGetValue(name, out var named))
                {
                    Names[name] = named = new Node();
                }

                return named;
            }

            Items ??= [];
            if (!Items.TryGetValue(index, out var item))
            {
                Items[index] = item = new Node();
            }

            return item;
        }
    }
}
