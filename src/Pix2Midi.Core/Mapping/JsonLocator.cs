using System.Text;
using System.Text.Json;

namespace Pix2Midi.Core.Mapping;

/// <summary>
/// Finds where in a JSON text a value (or a property's name) sits, by its path such as
/// <c>$.regions[2].note</c>, so that problems found after parsing can still say line and column.
/// </summary>
/// <remarks>Lines and columns are 1-based; columns count characters, not bytes.</remarks>
public sealed class JsonLocator
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _names = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly List<long> _lineStarts = [0];

    /// <summary>Indexes <paramref name="utf8"/>; a text with a syntax error is indexed up to the error.</summary>
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

        try
        {
            Index();
        }
        catch (JsonException)
        {
            // Everything before the error is indexed; the parser reports the error itself.
        }
    }

    /// <summary>The line and column of the value at <paramref name="path"/>, or null when there is none.</summary>
    public (int Line, int Column)? Value(string path) => _values.TryGetValue(path, out var at) ? Position(at) : null;

    /// <summary>The line and column of the property name that ends <paramref name="path"/>, or of its value.</summary>
    public (int Line, int Column)? Name(string path) => _names.TryGetValue(path, out var at) ? Position(at) : Value(path);

    /// <summary>The line and column of <paramref name="path"/>, or of its nearest ancestor that exists.</summary>
    public (int Line, int Column) Nearest(string path, bool preferName = false)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            var found = preferName ? Name(p) : Value(p);
            if (found is not null)
            {
                return found.Value;
            }
        }

        return (1, 1);
    }

    /// <summary>The 1-based character column of a byte position in a 0-based line, as a JSON reader reports them.</summary>
    public int Column(long line, long bytePositionInLine)
    {
        if (line < 0 || line >= _lineStarts.Count)
        {
            return (int)bytePositionInLine + 1;
        }

        var start = (int)_lineStarts[(int)line];
        var length = (int)Math.Clamp(bytePositionInLine, 0, _utf8.Length - start);
        return Encoding.UTF8.GetCharCount(_utf8, start, length) + 1;
    }

    /// <summary>Appends a property to a path the way System.Text.Json writes paths.</summary>
    public static string Child(string path, string property) =>
        property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && property.Length > 0
            ? $"{path}.{property}"
            : $"{path}['{property.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>Appends an array index to a path.</summary>
    public static string Item(string path, int index) => $"{path}[{index}]";

    private static string Parent(string path)
    {
        if (path == "$")
        {
            return string.Empty;
        }

        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut <= 0 ? "$" : path[..cut];
    }

    private (int Line, int Column) Position(long offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = (int)_lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, (int)offset - start) + 1;
        return (line + 1, column);
    }

    private void Index()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 256,
        });
        var stack = new Stack<(string Path, bool IsArray, int NextIndex)>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    var (parent, _, _) = stack.Peek();
                    _names.TryAdd(Child(parent, pendingName ?? string.Empty), reader.TokenStartIndex);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    continue;
            }

            var path = CurrentPath(stack, pendingName);
            pendingName = null;
            _values.TryAdd(path, reader.TokenStartIndex);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
    }

    private static string CurrentPath(Stack<(string Path, bool IsArray, int NextIndex)> stack, string? name)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        var (parent, isArray, next) = stack.Pop();
        stack.Push((parent, isArray, next + (isArray ? 1 : 0)));
        return isArray ? Item(parent, next) : Child(parent, name ?? string.Empty);
    }
}
