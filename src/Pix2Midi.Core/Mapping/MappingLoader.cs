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
            bytes = ReadBounded(path);
        }
        catch (IOException e)
        {
            throw Fail(path, "cannot be read: " + MappingText.Escape(e.Message, 200));
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
            throw Fail(source, $"the text is {utf8.Length:N0} bytes; allowed: at most {MappingLimits.MaxFileBytes:N0}");
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw Fail(source, "the file is empty; a mapping is a JSON object such as { \"version\": 1, \"regions\": [ … ] } (try `pix2midi mapping init`)");
        }

        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (utf8.Length >= 2 && (utf8[0] == 0 || utf8[1] == 0)))
        {
            throw Fail(source, "the file is UTF-16 or UTF-32 text; allowed: UTF-8 (save it as UTF-8 in your editor)");
        }

        var locator = new JsonLocator(utf8);
        var problems = new MappingProblems(source, locator);
        MappingTextCheck.Check(utf8, locator, problems);
        if (problems.Count > 0)
        {
            throw new MappingException(problems.Sorted());
        }

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
            // The text check has read the same text with the same options; this is a safety net.
            throw new MappingException([new MappingProblem(source, (int)(e.LineNumber ?? 0) + 1, locator.Column(e.LineNumber ?? 0, e.BytePositionInLine ?? 0), string.Empty, "not valid JSON: " + MappingTextCheck.ReaderMessage(e))]);
        }

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
                problems.AtValue(MappingText.Escape(e.Path ?? "$", 200), "cannot be read: " + MappingTextCheck.ReaderMessage(e));
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

    /// <summary>
    /// Reads at most one byte more than a mapping may have, whatever the file says its length is,
    /// so a device or a file that grows while it is read (<c>/dev/zero</c>) cannot fill memory.
    /// </summary>
    private static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        if (stream.CanSeek && stream.Length > MappingLimits.MaxFileBytes)
        {
            throw Fail(path, $"the file is {stream.Length:N0} bytes; allowed: at most {MappingLimits.MaxFileBytes:N0}");
        }

        var buffer = new byte[(int)Math.Clamp(stream.CanSeek ? stream.Length + 1 : 4096, 1, MappingLimits.MaxFileBytes + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > MappingLimits.MaxFileBytes)
                {
                    throw Fail(path, $"the file is more than {MappingLimits.MaxFileBytes:N0} bytes; allowed: at most {MappingLimits.MaxFileBytes:N0}");
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MappingLimits.MaxFileBytes + 1));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return buffer[..length];
            }

            length += read;
        }
    }
}
