using System.Diagnostics;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Streams;

/// <summary>Finds the <c>ffmpeg</c> program that reads stream URLs.</summary>
/// <remarks>
/// The FFmpeg inside OpenCV's runtime opens files and pipes only (no network protocols), so
/// <c>http://</c>, <c>rtsp://</c> and the like go through the system's own <c>ffmpeg</c> as a
/// child process. Thread-safe; the version is asked once per path.
/// </remarks>
public static class FfmpegProgram
{
    /// <summary>The variable that names the program explicitly, overriding the search on <c>PATH</c>.</summary>
    public const string OverrideVariable = "PIX2MIDI_FFMPEG";

    private static readonly Dictionary<string, FfmpegVersion?> Versions = new(StringComparer.Ordinal);
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
    public static int? MajorVersion(string path) => Version(path)?.Major;

    /// <summary>What <c>ffmpeg -version</c> at <paramref name="path"/> says, or null when it cannot be run or says nothing readable.</summary>
    /// <remarks>Asked once per path and process; later calls return the first answer.</remarks>
    public static FfmpegVersion? Version(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (TryKnownVersion(path, out var known))
        {
            return known;
        }

        FfmpegVersion? version = null;
        try
        {
            var start = new ProcessStartInfo(path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            start.ArgumentList.Add("-hide_banner");
            start.ArgumentList.Add("-version");
            using var process = Process.Start(start);
            if (process is not null)
            {
                process.StandardInput.Close();
                var stderr = process.StandardError.ReadToEndAsync();
                var text = process.StandardOutput.ReadToEnd();
                process.WaitForExit(5000);
                _ = stderr.Wait(1000);
                version = FfmpegVersion.Parse(text);
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

    /// <summary>The answer <see cref="Version(string)"/> already had for <paramref name="path"/>, without running anything.</summary>
    /// <returns>Whether it had asked.</returns>
    public static bool TryKnownVersion(string path, out FfmpegVersion? version)
    {
        lock (VersionsLock)
        {
            return Versions.TryGetValue(path, out version);
        }
    }

    /// <summary>Reads the major version from <c>ffmpeg -version</c>'s output (<c>ffmpeg version 5.1.6-0+deb12u1</c>, <c>n6.0</c>; a snapshot's by its libavutil).</summary>
    internal static int? ParseMajorVersion(string versionText) => FfmpegVersion.Parse(versionText)?.Major;
}
