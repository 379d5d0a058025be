using System.Globalization;

namespace Pix2Midi.Video.Streams;

/// <summary>What Pix2Midi needs to know about a stream URL: whether it is one, how to show it, and which timeouts <c>ffmpeg</c> takes for it.</summary>
public static class StreamUrl
{
    private static readonly string[] ReadWriteTimeoutSchemes = ["http", "https", "tcp", "tls", "rtmp", "rtmps", "rtmpt", "rtsp", "rtsps", "hls", "mmsh", "srt"];

    /// <summary>Whether <paramref name="text"/> has the <c>scheme://</c> shape of a URL.</summary>
    public static bool IsUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        return separator > 1 && text[..separator].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(text[0]);
    }

    /// <summary>The scheme in lower case (<c>http</c>, <c>rtsp</c>), or an empty string.</summary>
    public static string Scheme(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var separator = url.IndexOf("://", StringComparison.Ordinal);
        return separator > 0 ? url[..separator].ToLowerInvariant() : string.Empty;
    }

    /// <summary>The URL with any password replaced by <c>***</c>, for messages and logs.</summary>
    public static string Redact(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return url;
        }

        start += 3;
        var hostEnd = url.IndexOfAny(['/', '?', '#'], start);
        var authority = hostEnd < 0 ? url[start..] : url[start..hostEnd];
        var at = authority.LastIndexOf('@');
        if (at < 0)
        {
            return url;
        }

        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || colon > at)
        {
            return url;
        }

        return url[..start] + authority[..(colon + 1)] + "***" + authority[at..] + (hostEnd < 0 ? string.Empty : url[hostEnd..]);
    }

    /// <summary>
    /// The <c>ffmpeg</c> input options that make a URL that never answers, or stops sending, fail
    /// after <paramref name="timeout"/> rather than hang.
    /// </summary>
    /// <param name="url">The URL.</param>
    /// <param name="timeout">How long a connection or a read may take.</param>
    /// <param name="ffmpegMajorVersion">
    /// The program's major version: before 5, RTSP's socket timeout was <c>-stimeout</c>, and
    /// <c>-timeout</c> meant "listen for a connection", which must never be passed by mistake.
    /// </param>
    public static IReadOnlyList<string> TimeoutArguments(string url, TimeSpan timeout, int? ffmpegMajorVersion)
    {
        var microseconds = ((long)timeout.TotalMicroseconds).ToString(CultureInfo.InvariantCulture);
        var scheme = Scheme(url);
        var arguments = new List<string>();
        if (ReadWriteTimeoutSchemes.Contains(scheme))
        {
            arguments.AddRange(["-rw_timeout", microseconds]);
        }

        if (scheme is "rtsp" or "rtsps")
        {
            arguments.AddRange([ffmpegMajorVersion is < 5 ? "-stimeout" : "-timeout", microseconds]);
        }
        else if (scheme is "udp" or "rtp")
        {
            arguments.AddRange(["-timeout", microseconds]);
        }

        return arguments;
    }
}
