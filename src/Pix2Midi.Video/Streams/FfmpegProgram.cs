using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Streams;

/// <summary>Finds the <c>ffmpeg</c> program that reads stream URLs.</summary>
/// <remarks>
/// The FFmpeg inside OpenCV's runtime opens files and pipes only (no network protocols), so
/// <c>http://</c>, <c>rtsp://</c> and the like go through the system's own <c>ffmpeg</c> as a
/// child process. Thread-safe; the version is asked once per path.
/// </remarks>
public static partial class FfmpegProgram
{
    /// <summary>The variable that names the program explicitly, overriding the search on <c>PATH</c>.</summary>
    public const string OverrideVariable = "PIX2MIDI_FFMPEG";

    private static readonly Dictionary<string, int?> Versions = new(StringComparer.Ordinal);
    private static readonly Lock VersionsLock = new();

    /// <summary>The full path of <c>ffmpeg</c> (from <see cref="OverrideVariable"/>, else the first on <c>PATH</c>), or null.</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable(OverrideVariable), Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The path of <c>ffmpeg</c> given the override variable's and <c>PATH</c>'s values.</summary>
    internal static string? Find(string? chosen, string? searchPath)
    {
        if (!string.IsNullOrEmpty(chosen))
        {
            return File.Exists(chosen) ? Path.GetFullPath(chosen) : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "ffmpeg.exe", "ffmpeg" } : ["ffmpeg"];
        foreach (var folder in (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder.Trim('"'), name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The path of <c>ffmpeg</c>.</summary>
    /// <param name="what">What needs it, for the message (a URL).</param>
    /// <exception cref="FrameSourceException">It is not installed; the message says how to install it.</exception>
    public static string Locate(string what) =>
        Locate(what, Environment.GetEnvironmentVariable(OverrideVariable), Environment.GetEnvironmentVariable("PATH"));

    /// <summary><see cref="Locate(string)"/> given the override variable's and <c>PATH</c>'s values.</summary>
    internal static string Locate(string what, string? chosen, string? searchPath)
    {
        if (Find(chosen, searchPath) is { } path)
        {
            return path;
        }

        var install = OperatingSystem.IsWindows() ? "winget install ffmpeg"
            : OperatingSystem.IsMacOS() ? "brew install ffmpeg"
            : "sudo apt install ffmpeg (Debian/Ubuntu) or your distribution's ffmpeg package";
        var where = string.IsNullOrEmpty(chosen) ? "it is not on PATH" : $"{OverrideVariable} names {chosen}, which does not exist";
        throw new FrameSourceException($"{what}: stream URLs are read with the ffmpeg program, and {where}; install it: {install}");
    }

    /// <summary>The major version of the <c>ffmpeg</c> at <paramref name="path"/>, or null when it does not say.</summary>
    public static int? MajorVersion(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (VersionsLock)
        {
            if (Versions.TryGetValue(path, out var known))
            {
                return known;
            }
        }

        int? version = null;
        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, "-hide_banner -version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is not null)
            {
                var stderr = process.StandardError.ReadToEndAsync();
                var text = process.StandardOutput.ReadToEnd();
                process.WaitForExit(5000);
                _ = stderr.Wait(1000);
                version = ParseMajorVersion(text);
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            version = null;
        }

        lock (VersionsLock)
        {
            Versions[path] = version;
        }

        return version;
    }

    /// <summary>Reads the major version from <c>ffmpeg -version</c>'s first line (<c>ffmpeg version 5.1.6-0+deb12u1</c>, <c>n6.0</c>).</summary>
    internal static int? ParseMajorVersion(string versionText)
    {
        var match = VersionLine().Match(versionText);
        return match.Success && int.TryParse(match.Groups["major"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    [GeneratedRegex(@"ffmpeg version n?(?<major>[0-9]+)\.")]
    private static partial Regex VersionLine();
}
