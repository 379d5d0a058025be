using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Pix2Midi.Testing;

/// <summary>
/// A stand-in IP camera: <c>ffmpeg</c> streaming a video in a loop, in real time, as MJPEG over
/// HTTP on 127.0.0.1 (<c>-f mpjpeg -listen 1</c>), the way phone and IP cameras do.
/// </summary>
/// <remarks>
/// ffmpeg's listen mode serves one client and exits when that client goes away, so a test that
/// reconnects calls <see cref="Start"/> again. Readiness is seen in the OS's table of listening
/// sockets, never by connecting (which would use up the one client).
/// </remarks>
public sealed class MjpegStreamServer : IDisposable
{
    private readonly string[] _input;
    private Process? _process;

    /// <summary>Streams <paramref name="video"/> in a loop.</summary>
    public MjpegStreamServer(string video, int? port = null, bool start = true)
        : this(["-stream_loop", "-1", "-i", video], port, start)
    {
    }

    /// <summary>Streams what ffmpeg's input options give, such as <c>-f lavfi -i color=white:size=320x180:rate=25</c>.</summary>
    public MjpegStreamServer(string[] input, int? port = null, bool start = true)
    {
        _input = input;
        Port = port ?? FreePort();
        if (start)
        {
            Start();
        }
    }

    /// <summary>A picture that never changes: every region of a mapping stays lit, so notes are sounding whenever the stream is cut.</summary>
    public static string[] Uniform(string colour = "white") => ["-f", "lavfi", "-i", $"color={colour}:size=320x180:rate=25"];

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public bool Running => _process is { HasExited: false };

    /// <summary>The ffmpeg serving now.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("the server is not running");

    /// <summary>A TCP port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static bool IsListening(int port) =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Any(e => e.Port == port);

    /// <summary>Starts streaming (from the video's start once a client connects) and waits until the port listens.</summary>
    public void Start()
    {
        Stop();
        var start = new ProcessStartInfo(ExternalTool.Find("ffmpeg") ?? "ffmpeg")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in (string[])["-hide_banner", "-loglevel", "error", "-nostdin", "-re", .. _input, "-an", "-c:v", "mjpeg", "-q:v", "3", "-f", "mpjpeg", "-listen", "1", Url])
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start ffmpeg");
        _process.StandardInput.Close();
        _ = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!IsListening(Port))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the stream server exited with {_process.ExitCode} before listening on {Port}");
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"the stream server did not listen on {Port} within 10 s");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>Kills the server at once, as a camera losing power would stop.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();
}
