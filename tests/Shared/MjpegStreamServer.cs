using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Pix2Midi.Testing;

/// <summary>
/// A stand-in IP camera: <c>ffmpeg</c> streaming a video in a loop, in real time, as MJPEG over
/// HTTP on 127.0.0.1 (<c>-f mpjpeg -listen 1</c>), the way phone and IP cameras do.
/// </summary>
/// <remarks>
/// <para>
/// ffmpeg's listen mode serves one client and exits when that client goes away, so a test that
/// reconnects calls <see cref="Start"/> again, on the same port. Readiness is seen in the OS's
/// socket table, never by connecting (which would use up the one client): ffmpeg is ready once it
/// owns a socket on the port, listening or (when a client was already waiting, as a player that
/// retries is) with that client accepted and the listening socket closed again.
/// </para>
/// <para>
/// Ports come from below the OS's ephemeral range (so no outgoing connection takes one by
/// chance), each handed out once per process and, across test processes, guarded by a lock file in
/// the temp folder for as long as its server lives. Should ffmpeg still fail to bind, the first
/// start moves to another port; a restart keeps its port and tries again for a while.
/// </para>
/// </remarks>
public sealed class MjpegStreamServer : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly Lock PortsLock = new();
    private static readonly HashSet<int> HandedOut = [];
    private static readonly List<FileStream> HeldForever = [];

    private readonly string[] _input;
    private readonly bool _fixedPort;
    private FileStream? _portLock;
    private Process? _process;
    private Task<string>? _errors;
    private bool _started;

    /// <summary>Streams <paramref name="video"/> in a loop.</summary>
    public MjpegStreamServer(string video, int? port = null, bool start = true)
        : this(["-stream_loop", "-1", "-i", video], port, start)
    {
    }

    /// <summary>Streams what ffmpeg's input options give, such as <c>-f lavfi -i color=white:size=320x180:rate=25</c>.</summary>
    public MjpegStreamServer(string[] input, int? port = null, bool start = true)
    {
        _input = input;
        if (port is { } given)
        {
            Port = given;
            _fixedPort = true;
        }
        else
        {
            (Port, _portLock) = Reserve();
        }

        if (start)
        {
            Start();
        }
    }

    /// <summary>A picture that never changes: every region of a mapping stays lit, so notes are sounding whenever the stream is cut.</summary>
    public static string[] Uniform(string colour = "white") => ["-f", "lavfi", "-i", $"color={colour}:size=320x180:rate=25"];

    /// <summary>The port served on; fixed once the first start succeeded.</summary>
    public int Port { get; private set; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public bool Running => _process is { HasExited: false };

    /// <summary>The ffmpeg serving now.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("the server is not running");

    /// <summary>A TCP port nothing listens on, and no other stream server of this or another test process will take while this process runs.</summary>
    public static int FreePort()
    {
        var (port, portLock) = Reserve();
        lock (PortsLock)
        {
            HeldForever.Add(portLock);
        }

        return port;
    }

    public static bool IsListening(int port) =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Any(e => e.Port == port);

    /// <summary>
    /// Starts streaming (from the video's start once a client connects) and waits until ffmpeg holds
    /// the port. The first start moves to another port if ffmpeg cannot bind; a restart retries the
    /// same port for up to 10 s.
    /// </summary>
    public void Start()
    {
        Stop();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Launch();
            var outcome = WaitUntilServing(clock);
            if (outcome is null)
            {
                _started = true;
                return;
            }

            var errors = StopAndReadErrors();
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"the stream server did not serve on {Port} within {Patience.TotalSeconds} s: {outcome} {errors}".TrimEnd());
            }

            if (!_started && !_fixedPort)
            {
                // Someone took the port between our check and ffmpeg's bind: another port.
                var previous = _portLock;
                (Port, _portLock) = Reserve();
                previous?.Dispose();
            }
            else
            {
                // A restart must come back where the client looks for it.
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Kills the server at once, as a camera losing power would stop.</summary>
    public void Stop() => StopAndReadErrors();

    public void Dispose()
    {
        Stop();
        _portLock?.Dispose();
        _portLock = null;
    }

    /// <summary>A port below the ephemeral range that this process never handed out, no other process holds, and nothing is bound to.</summary>
    private static (int Port, FileStream Lock) Reserve()
    {
        var (first, end) = Range();
        lock (PortsLock)
        {
            for (var port = first; port < end; port++)
            {
                if (HandedOut.Contains(port))
                {
                    continue;
                }

                var portLock = TryLock(port);
                if (portLock is null)
                {
                    continue;
                }

                if (!CanBind(port))
                {
                    portLock.Dispose();
                    continue;
                }

                HandedOut.Add(port);
                return (port, portLock);
            }
        }

        throw new InvalidOperationException($"no free port for a stream server in {first}-{end - 1}");
    }

    /// <summary>The 8,000 ports just below the OS's ephemeral range (32768 unless configured otherwise).</summary>
    private static (int First, int End) Range()
    {
        var end = 32768;
        try
        {
            var text = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (text.Length > 0 && int.TryParse(text[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var low) && low > 10000)
            {
                end = low;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return (end - 8000, end);
    }

    private static FileStream? TryLock(int port)
    {
        try
        {
            return new FileStream(Path.Combine(Path.GetTempPath(), $"pix2midi-stream-port-{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
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

    private static bool CanBind(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Launch()
    {
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
        _errors = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();
    }

    /// <summary>Null once ffmpeg holds the port; else why not (it exited, or time ran out).</summary>
    private string? WaitUntilServing(Stopwatch clock)
    {
        var process = _process!;
        while (!HoldsPort(process, Port))
        {
            if (process.HasExited)
            {
                return $"ffmpeg exited with {process.ExitCode} before serving on {Port}.";
            }

            if (clock.Elapsed > Patience)
            {
                return "ffmpeg still runs but holds no socket on the port.";
            }

            Thread.Sleep(20);
        }

        return null;
    }

    /// <summary>Whether <paramref name="process"/> owns a TCP socket whose local port is <paramref name="port"/>: listening, or serving the client it accepted.</summary>
    private static bool HoldsPort(Process process, int port)
    {
        HashSet<string> inodes;
        try
        {
            inodes = [.. new DirectoryInfo($"/proc/{process.Id}/fd").EnumerateFileSystemInfos()
                .Select(f => f.LinkTarget)
                .Where(t => t is not null && t.StartsWith("socket:[", StringComparison.Ordinal))
                .Select(t => t![8..^1])];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Not Linux, or the process is gone: the listening table is all there is.
            return IsListening(port);
        }

        var hex = port.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in (string[])["/proc/net/tcp", "/proc/net/tcp6"])
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(table);
            }
            catch (IOException)
            {
                continue;
            }

            // "sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ..."
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 9 && fields[1].EndsWith(":" + hex, StringComparison.Ordinal) && inodes.Contains(fields[9]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string StopAndReadErrors()
    {
        if (_process is null)
        {
            return string.Empty;
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

        var errors = _errors is not null && _errors.Wait(TimeSpan.FromSeconds(1)) ? _errors.Result.Trim() : string.Empty;
        _process.Dispose();
        _process = null;
        _errors = null;
        return errors.Length == 0 ? string.Empty : $"(ffmpeg: {errors.ReplaceLineEndings(" / ")})";
    }
}
