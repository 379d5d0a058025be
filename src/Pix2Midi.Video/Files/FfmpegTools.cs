using Pix2Midi.Core.Frames;
using Pix2Midi.Video.OpenCv;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Files;

/// <summary>The <c>ffmpeg</c> and <c>ffprobe</c> programs that decode video files, when both are installed.</summary>
/// <param name="Ffmpeg">The full path of <c>ffmpeg</c>.</param>
/// <param name="Ffprobe">The full path of <c>ffprobe</c>.</param>
public sealed record FfmpegTools(string Ffmpeg, string Ffprobe)
{
    /// <summary>
    /// <c>ffmpeg</c> as <see cref="FfmpegProgram.Find()"/> finds it (<see cref="FfmpegProgram.OverrideVariable"/>,
    /// else <c>PATH</c>), with the <c>ffprobe</c> beside it, else the first on <c>PATH</c>; null when either is missing.
    /// </summary>
    public static FfmpegTools? Find() => Find(FfmpegProgram.Find(), Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The tools needed to decode <paramref name="video"/> with <c>ffmpeg</c>.</summary>
    /// <exception cref="FrameSourceException">One of them is not installed; the message says how to install it.</exception>
    public static FfmpegTools Locate(string video)
    {
        if (Find() is { } tools)
        {
            return tools;
        }

        var install = OperatingSystem.IsWindows() ? "winget install ffmpeg"
            : OperatingSystem.IsMacOS() ? "brew install ffmpeg"
            : "sudo apt install ffmpeg (Debian/Ubuntu) or your distribution's ffmpeg package";
        var missing = FfmpegProgram.Find() is null ? "ffmpeg is not on PATH" : "ffprobe is not beside ffmpeg or on PATH";
        // A build without OpenCV (a Windows build made on Linux) has no other decoder to offer.
        var instead = OpenCvRuntime.LeftOutOfBuild() is null ? " or use --decoder opencv" : string.Empty;
        throw new FrameSourceException($"{video}: --decoder ffmpeg needs the ffmpeg and ffprobe programs, and {missing}; install FFmpeg ({install}){instead}");
    }

    /// <summary><see cref="Find()"/> given where <c>ffmpeg</c> is and the value of <c>PATH</c>.</summary>
    internal static FfmpegTools? Find(string? ffmpeg, string? searchPath)
    {
        if (ffmpeg is null)
        {
            return null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "ffprobe.exe", "ffprobe" } : ["ffprobe"];
        var folders = new List<string>();
        if (Path.GetDirectoryName(ffmpeg) is { Length: > 0 } beside)
        {
            folders.Add(beside);
        }

        folders.AddRange((searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('"')));
        foreach (var folder in folders)
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return new FfmpegTools(ffmpeg, candidate);
                }
            }
        }

        return null;
    }
}
