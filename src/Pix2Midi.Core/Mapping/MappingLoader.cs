using System.Text;
using System.Text.Json;
using Pix2Midi.Core.Mapping.Documents;

namespace Pix2Midi.Core.Mapping;

/// <summary>Reads a mapping file, checks everything in it, and builds the <see cref="Mapping"/>.</summary>
public static class MappingLoader
{
    /// <summary>Loads and validates the mapping at <paramref name="path"/>.</summary>
    /// <exception cref="MappingException">Every problem found, each located in the file.</exception>
    public static Mapping Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw Fail(path, "is a folder, not a mapping file");
        }

        if (!File.Exists(path))
        {
            throw Fail(path, "no such mapping file");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MappingLimits.MaxFileBytes)
            {
                throw Fail(path, $"the file is {length:N0} bytes; a mapping may be at most {MappingLimits.MaxFileBytes:N0}");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw Fail(path, "cannot be read: " + e.Message);
        }
        catch (UnauthorizedAccessException)
        {
            throw Fail(path, "cannot be read: permission denied");
        }

        return Parse(path, bytes);
    }

    /// <summary>Validates a mapping given as UTF-8 JSON; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="MappingException">Every problem found, each located in the text.</exception>
    public static Mapping Parse(string source, ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (utf8.Length > MappingLimits.MaxFileBytes)
        {
            throw Fail(source, $"the text is {utf8.Length:N0} bytes; a mapping may be at most {MappingLimits.MaxFileBytes:N0}");
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw Fail(source, "the file is empty; a mapping is a JSON object such as { \"version\": 1, \"regions\": [ … ] } (try `pix2midi mapping init`)");
        }

        var locator = new JsonLocator(utf8);
        MappingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, MappingJsonContext.Default.MappingDocument);
        }
        catch (JsonException e)
        {
            throw new MappingException([FromJsonException(source, e)]);
        }

        if (document is null)
        {
            throw new MappingException([new MappingProblem(source, 1, 1, "$", "expected a JSON object, found null")]);
        }

        var problems = new MappingProblems(source, locator);
        var mapping = MappingCompiler.Compile(document, source, problems);
        if (problems.Count > 0 || mapping is null)
        {
            throw new MappingException(problems.Sorted());
        }

        return mapping;
    }

    private static MappingException Fail(string file, string message) =>
        new([new MappingProblem(file, 0, 0, string.Empty, message)]);

    private static MappingProblem FromJsonException(string source, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0) + 1;
        var column = (int)(e.BytePositionInLine ?? 0) + 1;
        var path = e.Path ?? string.Empty;
        var property = path.Length == 0 ? string.Empty : path[(path.LastIndexOfAny(['.', '[']) + 1)..].TrimEnd(']');
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        if (cut >= 0)
        {
            message = message[..cut];
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) && property.Length > 0)
        {
            return new MappingProblem(source, line, column, path, $"wrong type of value: expected {MappingVocabulary.Allowed(int.TryParse(property, out _) ? "note" : property)}");
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new MappingProblem(source, line, column, path, $"nested more than {MappingLimits.MaxDepth} levels deep; a mapping never needs that");
        }

        return new MappingProblem(source, line, column, path, "not valid JSON: " + message.TrimEnd('.'));
    }
}
