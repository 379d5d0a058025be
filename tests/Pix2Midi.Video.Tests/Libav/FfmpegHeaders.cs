namespace Pix2Midi.Video.Tests.Libav;

/// <summary>
/// Where FFmpeg's public headers (libavutil/, libavcodec/, libavformat/) are on this machine: the
/// system's (Debian's libav*-dev, which <c>.ci/run</c> installs: FFmpeg 5.1 on Debian 12; Homebrew's),
/// and every include root listed in <see cref="Variable"/> (for other releases' headers, fetched by
/// hand: see tools/libav-layout/layout.sh).
/// </summary>
internal static class FfmpegHeaders
{
    /// <summary>Include roots to check besides the system's, separated as PATH is.</summary>
    public const string Variable = "PIX2MIDI_FFMPEG_HEADERS";

    private static readonly string[] SystemRoots = ["/usr/include", "/usr/local/include", "/opt/homebrew/include"];

    /// <summary>The include roots that hold the three libraries' headers.</summary>
    public static IReadOnlyList<string> Roots()
    {
        var candidates = new List<string>(SystemRoots);
        if (Directory.Exists("/usr/include"))
        {
            // Debian and Ubuntu put them under the multiarch folder (/usr/include/x86_64-linux-gnu).
            candidates.AddRange(Directory.GetDirectories("/usr/include", "*-linux-gnu*"));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable(Variable) ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return candidates.Where(Complete).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Null when the compiler test can run (or in CI, where it must); otherwise why it is skipped.</summary>
    public static string? SkipReason()
    {
        if (ExternalTool.InCi)
        {
            return null;
        }

        if (ExternalTool.Find("gcc") is null)
        {
            return "needs gcc on PATH (.ci/run installs it)";
        }

        return Roots().Count == 0
            ? $"needs FFmpeg's headers: libavcodec-dev, libavformat-dev and libavutil-dev (.ci/run installs them), or include roots in {Variable}"
            : null;
    }

    private static bool Complete(string root) =>
        new[] { "libavutil/frame.h", "libavcodec/avcodec.h", "libavformat/avformat.h" }.All(h => File.Exists(Path.Combine(root, h)));
}
