namespace Pix2Midi.Video.Streams;

/// <summary>The last lines <c>ffmpeg</c> wrote to its standard error, to explain a failure in one line.</summary>
/// <remarks>Fed from the process's error-reading thread, read from the capture thread: thread-safe.</remarks>
internal sealed class FfmpegErrorLog
{
    private const int Keep = 8;

    /// <summary>Lines that say less than the ones before them.</summary>
    private static readonly string[] Noise = ["Conversion failed", "Exiting normally", "To ignore this", "Error splitting the argument list"];

    /// <summary>Reasons that say nothing about what went wrong.</summary>
    private static readonly string[] Generic = ["Input/output error", "End of file", "Invalid data found when processing input"];

    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    public void Add(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_lock)
        {
            _lines.Enqueue(line.Trim());
            while (_lines.Count > Keep)
            {
                _lines.Dequeue();
            }
        }
    }

    /// <summary>
    /// The most telling line, without ffmpeg's <c>[component @ 0x…]</c> prefix and without the
    /// URL it repeats, or null when ffmpeg said nothing.
    /// </summary>
    /// <remarks>
    /// ffmpeg's verdict is its last <c>URL: reason</c> line; when that reason is a generic one
    /// ("Input/output error"), the component line before it says more ("Failed to resolve hostname…").
    /// </remarks>
    public string? Summary(string url)
    {
        string[] lines;
        lock (_lock)
        {
            lines = [.. _lines];
        }

        if (lines.Any(l => l.Contains("matches no streams", StringComparison.Ordinal)))
        {
            return "there is no video in it";
        }

        var useful = lines.Where(l => !Noise.Any(n => l.StartsWith(n, StringComparison.Ordinal))).ToArray();
        if (useful.Length == 0)
        {
            return null;
        }

        var verdict = Array.FindLastIndex(useful, l => l.StartsWith(url + ": ", StringComparison.Ordinal));
        if (verdict > 0
            && Generic.Any(g => useful[verdict].EndsWith(": " + g, StringComparison.Ordinal))
            && useful[verdict - 1].StartsWith('['))
        {
            return Clean(useful[verdict - 1], url);
        }

        return Clean(verdict >= 0 ? useful[verdict] : useful[^1], url);
    }

    internal static string Clean(string line, string url)
    {
        var text = line;
        if (text.StartsWith('[') && text.IndexOf("] ", StringComparison.Ordinal) is var end and > 0)
        {
            text = text[(end + 2)..];
        }

        if (text.StartsWith(url + ": ", StringComparison.Ordinal))
        {
            text = text[(url.Length + 2)..];
        }

        text = text.Replace(url, StreamUrl.Redact(url), StringComparison.Ordinal);
        return Files.OneLine.Of(text);
    }
}
