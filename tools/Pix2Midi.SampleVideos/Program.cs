using System.Diagnostics;
using System.Globalization;

namespace Pix2Midi.SampleVideos;

/// <summary>Command-line entry point: draws the bundled sample videos with ffmpeg.</summary>
public static class Program
{
    private const int ExitOk = 0;
    private const int ExitFailure = 1;
    private const int ExitNoFfmpeg = 2;
    private const int ExitUsage = 64;
    private const string FireworksFileName = "fireworks.mp4";
    private const string CalibrationFileName = "calibration.mp4";
    private const double MinimumSeconds = ShowPlanner.MinimumFrames / (double)ShowPlanner.FramesPerSecond;
    private const double MaximumSeconds = 600;

    private const string Usage = """
        Usage:
          Pix2Midi.SampleVideos fireworks [-o PATH] [--seconds N]   synthetic fireworks, 1280x720 @ 30 fps (default 15 s)
          Pix2Midi.SampleVideos calibration [-o PATH]               4x4 timing test pattern, 640x360 @ 30 fps, 180 frames
          Pix2Midi.SampleVideos all                                 both, into the repository's sample-videos/ folder
        Needs ffmpeg with libx264 on PATH. Without -o, files go to <repo>/sample-videos/ (or the current folder).
        """;

    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? ExitUsage : ExitOk;
        }

        var command = args[0];
        string? output = null;
        var seconds = (double)FireworksRenderer.DefaultSeconds;
        for (var i = 1; i < args.Length; i++)
        {
            var argument = args[i];
            if ((argument is "-o" or "--output") && i + 1 < args.Length && command != "all")
            {
                output = args[++i];
            }
            else if (argument == "--seconds" && i + 1 < args.Length && command == "fireworks")
            {
                if (!double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out seconds)
                    || seconds < MinimumSeconds || seconds > MaximumSeconds)
                {
                    return UsageError(string.Create(CultureInfo.InvariantCulture, $"--seconds must be a number from {MinimumSeconds} to {MaximumSeconds}."));
                }
            }
            else
            {
                return UsageError("unexpected argument '" + argument + "' for '" + command + "'.");
            }
        }

        if (command is not ("fireworks" or "calibration" or "all"))
        {
            return UsageError("unknown command '" + command + "'.");
        }

        if (!FfmpegEncoder.IsAvailable())
        {
            Console.Error.WriteLine("error: the 'ffmpeg' program (with libx264) was not found on PATH; install it (e.g. 'apt-get install ffmpeg') and retry.");
            return ExitNoFfmpeg;
        }

        try
        {
            var folder = RepositoryPaths.FindSampleVideosFolder(Directory.GetCurrentDirectory());
            if (command == "all" && folder is null)
            {
                Console.Error.WriteLine("error: run 'all' from inside the repository (no folder above holds " + RepositoryPaths.SolutionFileName + ").");
                return ExitFailure;
            }

            folder ??= Directory.GetCurrentDirectory();
            if (command is "calibration" or "all")
            {
                var path = command == "all" ? Path.Combine(folder, CalibrationFileName) : output ?? Path.Combine(folder, CalibrationFileName);
                Timed(path, CalibrationSchedule.FrameCount, () => CalibrationRenderer.Render(path));
            }

            if (command is "fireworks" or "all")
            {
                var path = command == "all" ? Path.Combine(folder, FireworksFileName) : output ?? Path.Combine(folder, FireworksFileName);
                var frames = (int)Math.Round(seconds * FireworksRenderer.FramesPerSecond);
                Timed(path, frames, () => FireworksRenderer.Render(path, seconds));
            }

            return ExitOk;
        }
        catch (FfmpegMissingException exception)
        {
            Console.Error.WriteLine("error: " + exception.Message);
            return ExitNoFfmpeg;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + exception.Message);
            return ExitFailure;
        }
    }

    private static void Timed(string path, int frames, Action render)
    {
        var stopwatch = Stopwatch.StartNew();
        render();
        stopwatch.Stop();
        var bytes = new FileInfo(path).Length;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {path}: {frames} frames, {bytes} bytes ({bytes / 1048576.0:F2} MiB) in {stopwatch.Elapsed.TotalSeconds:F1} s"));
    }

    private static int UsageError(string message)
    {
        Console.Error.WriteLine("error: " + message);
        Console.Error.WriteLine(Usage);
        return ExitUsage;
    }
}
