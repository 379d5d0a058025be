using System.Diagnostics;
using System.Globalization;

namespace Pix2Midi.Cli.Tests.Preview;

/// <summary>
/// A private X server (Xvfb, 24-bit) for windows under test, and ffmpeg's x11grab to take
/// screenshots of it, pixel for pixel.
/// </summary>
/// <remarks>
/// The server runs with <c>-noreset</c>. Without it, X resets the server each time its last client
/// disconnects (the readiness probe here, each poll for a window), and a client that connects during
/// the reset is dropped: under load GTK then says "Can't initialize GTK backend" (4 of 150 GTK starts
/// on a loaded machine with a client connecting and disconnecting beside them; 0 of 150 with
/// <c>-noreset</c>).
/// </remarks>
public sealed class XvfbDisplay : IDisposable
{
    private readonly Process _server;

    private XvfbDisplay(int number, Process server)
    {
        Number = number;
        _server = server;
    }

    public int Number { get; }

    /// <summary>The <c>DISPLAY</c> value: <c>:N</c>.</summary>
    public string Name => ":" + Number.ToString(CultureInfo.InvariantCulture);

    public const int Width = 1024;

    public const int Height = 768;

    /// <summary>Starts Xvfb on the first free display from :90, and waits until it accepts clients.</summary>
    public static XvfbDisplay Start()
    {
        for (var number = 90; number < 190; number++)
        {
            if (LockHolder(number) is { } holder && IsAlive(holder))
            {
                continue;
            }

            var start = new ProcessStartInfo(ExternalTool.Find("Xvfb") ?? "Xvfb")
            {
                UseShellExecute = false,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (var argument in new[] { $":{number}", "-screen", "0", $"{Width}x{Height}x24", "-nolisten", "tcp", "-noreset" })
            {
                start.ArgumentList.Add(argument);
            }

            var server = Process.Start(start) ?? throw new InvalidOperationException("could not start Xvfb");
            _ = server.StandardError.ReadToEndAsync();
            _ = server.StandardOutput.ReadToEndAsync();
            // Ready when the lock names this server (a stale lock is replaced), its socket exists and
            // an X client can connect (GTK gives up at once on a display that does not answer yet).
            var clock = Stopwatch.StartNew();
            bool Ready() => LockHolder(number) == server.Id && File.Exists($"/tmp/.X11-unix/X{number}") && XKeyPress.CanConnect(":" + number.ToString(CultureInfo.InvariantCulture));
            while (!server.HasExited && !Ready() && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                Thread.Sleep(20);
            }

            if (!server.HasExited && Ready())
            {
                return new XvfbDisplay(number, server);
            }

            Stop(server);
        }

        throw new InvalidOperationException("no free X display between :90 and :189");
    }

    /// <summary>
    /// Screenshots (without the mouse pointer) of the top-left <paramref name="width"/>×<paramref name="height"/> pixels, BGR,
    /// <paramref name="fps"/> a second for <paramref name="duration"/>.
    /// </summary>
    public IReadOnlyList<byte[]> Grab(int width, int height, double fps, TimeSpan duration)
    {
        var frames = (int)Math.Max(1, Math.Round(fps * duration.TotalSeconds));
        var start = new ProcessStartInfo(ExternalTool.Find("ffmpeg") ?? "ffmpeg")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[]
        {
            "-hide_banner", "-loglevel", "error", "-nostdin", "-f", "x11grab", "-draw_mouse", "0", "-framerate", fps.ToString(CultureInfo.InvariantCulture),
            "-video_size", $"{width}x{height}", "-i", Name + "+0,0", "-frames:v", frames.ToString(CultureInfo.InvariantCulture),
            "-f", "rawvideo", "-pix_fmt", "bgr24", "-",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var grab = Process.Start(start) ?? throw new InvalidOperationException("could not start ffmpeg");
        grab.StandardInput.Close();
        var errors = grab.StandardError.ReadToEndAsync();
        using var bytes = new MemoryStream();
        grab.StandardOutput.BaseStream.CopyTo(bytes);
        grab.WaitForExit();
        if (grab.ExitCode != 0)
        {
            throw new InvalidOperationException($"x11grab failed: {errors.Result}");
        }

        var size = width * height * 3;
        var all = bytes.ToArray();
        return [.. Enumerable.Range(0, all.Length / size).Select(i => all.AsSpan(i * size, size).ToArray())];
    }

    public void Dispose() => Stop(_server);

    /// <summary>SIGTERM, on which Xvfb removes its lock and socket; SIGKILL only if it does not exit.</summary>
    private static void Stop(Process server)
    {
        try
        {
            if (!server.HasExited)
            {
                ExternalTool.Run("kill", ["-TERM", server.Id.ToString(CultureInfo.InvariantCulture)]);
                if (!server.WaitForExit(5000))
                {
                    server.Kill();
                    server.WaitForExit(5000);
                }
            }
        }
        catch (InvalidOperationException)
        {
        }

        server.Dispose();
    }

    /// <summary>The pid written in display <paramref name="number"/>'s lock file, or null.</summary>
    private static int? LockHolder(int number)
    {
        try
        {
            return int.TryParse(File.ReadAllText($"/tmp/.X{number}-lock").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
