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
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = MappingLimits.MaxDepth,
            });
        }
        catch (JsonException e)
        {
            throw new MappingException([FromJsonException(source, locator, e)]);
        }

        var problems = new MappingProblems(source, locator);
        MappingDocument? document;
        using (parsed)
        {
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new MappingException([new MappingProblem(source, 1, 1, "$", $"found {MappingTypeChecker.Describe(parsed.RootElement)}; a mapping is a JSON object such as {{ \"version\": 1, \"regions\": [ … ] }}")]);
            }

            var cleaned = MappingTypeChecker.Clean(parsed.RootElement, problems);
            try
            {
                document = JsonSerializer.Deserialize(cleaned, MappingJsonContext.Default.MappingDocument);
            }
            catch (JsonException e)
            {
                // The type check leaves nothing the serializer refuses; this is a safety net.
                problems.AtValue(e.Path ?? "$", "cannot be read: " + e.Message);
                throw new MappingException(problems.Sorted());
            }
        }

        if (document is null)
        {
            throw new MappingException([new MappingProblem(source, 1, 1, "$", "expected a JSON object, found null")]);
        }

        var mapping = MappingCompiler.Compile(document, source, problems);
        if (problems.Count > 0 || mapping is null)
        {
            throw new MappingException(problems.Sorted());
        }

        return mapping;
    }

    private static MappingException Fail(string file, string message) =>
        new([new MappingProblem(file, 0, 0, string.Empty, message)]);

    private static MappingProblem FromJsonException(string source, JsonLocator locator, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0) + 1;
        var column = locator.Column(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
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

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return new MappingProblem(source, line, column, string.Empty, $"nested more than {MappingLimits.MaxDepth} levels deep; a mapping never needs that");
        }

        return new MappingProblem(source, line, column, string.Empty, "not valid JSON: " + message.TrimEnd('.'));
    }
}
