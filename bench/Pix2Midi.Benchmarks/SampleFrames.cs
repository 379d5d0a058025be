using System.Diagnostics;

namespace Pix2Midi.Benchmarks;

/// <summary>Frames of the bundled fireworks sample (1280×720), decoded once by the <c>ffmpeg</c> program for a benchmark's set-up.</summary>
internal static class SampleFrames
{
    public const int Width = 1280;
    public const int Height = 720;

    /// <summary>Every fifth frame of the sample as raw planes in <paramref name="layout"/> (an ffmpeg pixel format: yuvj444p, yuv420p).</summary>
    public static byte[][] Decode(string layout, int chromaWidth, int chromaHeight)
    {
        var size = (Width * Height) + (2 * chromaWidth * chromaHeight);
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", "error", "-i", Path.Combine(Repository(), "sample-videos", "fireworks.mp4"), "-vf", "select=not(mod(n\\,5))", "-fps_mode", "passthrough", "-pix_fmt", layout, "-f", "rawvideo", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var ffmpeg = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var frames = new List<byte[]>();
        var stream = ffmpeg.StandardOutput.BaseStream;
        while (true)
        {
            var frame = new byte[size];
            var read = 0;
            while (read < size && stream.Read(frame, read, size - read) is var n and > 0)
            {
                read += n;
            }

            if (read < size)
            {
                break;
            }

            frames.Add(frame);
        }

        ffmpeg.WaitForExit();
        return frames.Count > 0 ? [.. frames] : throw new InvalidOperationException("ffmpeg gave no frames: " + ffmpeg.StandardError.ReadToEnd());
    }

    /// <summary>The repository's root folder.</summary>
    public static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pix2Midi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the Pix2Midi repository.");
    }
}
