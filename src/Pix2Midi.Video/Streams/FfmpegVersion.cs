using System.Globalization;
using System.Text.RegularExpressions;

namespace Pix2Midi.Video.Streams;

/// <summary>
/// What <c>ffmpeg -version</c> says about the program: its version text and the numbers that decide
/// which options it knows. The options Pix2Midi passes follow this, the program's own version, never
/// <c>ffprobe</c>'s: the two can come from different builds (an old <c>ffmpeg.exe</c> beside a new
/// <c>ffprobe.exe</c> is common on Windows).
/// </summary>
/// <param name="Text">The version as printed after <c>ffmpeg version</c>: <c>5.1.9-0+deb12u1</c>, <c>n6.0</c>, <c>N-92722-gf22fcd4483</c>, <c>2023-02-13-git-…</c>.</param>
/// <param name="Release">The release number (major, minor) the text starts with; null for a git snapshot, which has none.</param>
/// <param name="Libavutil">libavutil's version (major, minor) from the same output, which dates a snapshot; null when it is not printed.</param>
public sealed partial record FfmpegVersion(string Text, (int Major, int Minor)? Release, (int Major, int Minor)? Libavutil)
{
    /// <summary>
    /// The FFmpeg major version: the release's, else the one libavutil's major number belongs to
    /// (55 is FFmpeg 3, 56 is 4, 57 is 5, 58 is 6, 59 is 7, 60 is 8); null when neither says.
    /// </summary>
    public int? Major => Release?.Major ?? (Libavutil is { Major: >= 55 } libavutil ? libavutil.Major - 52 : null);

    /// <summary>
    /// Whether the program knows <c>-fps_mode</c> (added in FFmpeg 5.1, whose libavutil is 57.28);
    /// older ones know only <c>-vsync</c>. A program that says nothing either way is taken as recent.
    /// </summary>
    /// <remarks>
    /// A snapshot built in the weeks before 5.1 may know <c>-fps_mode</c> with an older libavutil;
    /// it is then given <c>-vsync</c>, which every FFmpeg from 4 to 7 accepts.
    /// </remarks>
    public bool KnowsFpsMode => Release is { } release
        ? release.Major > 5 || (release.Major == 5 && release.Minor >= 1)
        : Libavutil is not { } libavutil || libavutil.Major > 57 || (libavutil.Major == 57 && libavutil.Minor >= 28);

    /// <summary>
    /// The version in a few characters, for a summary line: the release number (<c>5.1.9</c>), a
    /// snapshot's number (<c>N-92722</c>) or a build's date (<c>2023-02-13</c>).
    /// </summary>
    public string Short
    {
        get
        {
            foreach (var pattern in new[] { ShortRelease(), ShortSnapshot(), ShortDate() })
            {
                if (pattern.Match(Text) is { Success: true } match)
                {
                    return match.Groups["short"].Value;
                }
            }

            var end = Text.IndexOfAny(['-', '+', ' ']);
            return end > 0 ? Text[..end] : Text;
        }
    }

    /// <summary>Reads <c>ffmpeg -version</c>'s output; null when it has no <c>ffmpeg version</c> line.</summary>
    public static FfmpegVersion? Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = VersionLine().Match(output);
        if (!line.Success)
        {
            return null;
        }

        var text = line.Groups["text"].Value;
        var release = ReleaseNumber().Match(text);
        var libavutil = LibavutilLine().Match(output);
        return new FfmpegVersion(
            text,
            release.Success ? (Number(release.Groups["major"]), Number(release.Groups["minor"])) : null,
            libavutil.Success ? (Number(libavutil.Groups["major"]), Number(libavutil.Groups["minor"])) : null);
    }

    private static int Number(Group group) =>
        int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    [GeneratedRegex(@"ffmpeg version (?<text>\S+)")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^n?(?<major>[0-9]{1,4})\.(?<minor>[0-9]{1,4})")]
    private static partial Regex ReleaseNumber();

    [GeneratedRegex(@"^\s*libavutil\s+(?<major>[0-9]{1,4})\.\s*(?<minor>[0-9]{1,4})\.", RegexOptions.Multiline)]
    private static partial Regex LibavutilLine();

    [GeneratedRegex(@"^n?(?<short>[0-9]+\.[0-9]+(\.[0-9]+)?)")]
    private static partial Regex ShortRelease();

    [GeneratedRegex(@"^(?<short>N-[0-9]+)")]
    private static partial Regex ShortSnapshot();

    [GeneratedRegex(@"^(?<short>[0-9]{4}-[0-9]{2}-[0-9]{2})")]
    private static partial Regex ShortDate();
}
