using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Pix2Midi.Testing;

/// <summary>
/// A private JACK server for one test, with real clients to talk to: <c>jackd</c> on the dummy
/// driver (48 kHz, 256-frame periods, no sound card) under a server name no other rig uses at
/// the same time, in this process or another.
/// </summary>
/// <remarks>
/// <para>
/// The server asks for real-time scheduling (<c>--realtime</c>). Root (as in CI) gets it, and
/// then the clients' process threads preempt a busy machine; anyone else gets a warning in
/// <see cref="ServerLog"/> and the same server as <c>--no-realtime</c>. Without it, on a loaded
/// 2-core machine, <c>jack_midi_dump</c> misses whole periods and its frame count (which only
/// adds up the periods it ran) slips by 256 frames: measured here.
/// </para>
/// <para>
/// Every program the rig starts gets <see cref="Environment"/> (<c>JACK_DEFAULT_SERVER</c> and
/// <c>JACK_NO_AUDIO_RESERVATION</c>). In-process clients must name <see cref="ServerName"/>
/// themselves (the JACK backend takes it): .NET's environment changes never reach libjack.
/// </para>
/// <para>
/// One process must talk to one JACK server at a time: libjack keeps a single server's shared
/// memory per process, so tests with in-process clients on two rigs at once read each other's
/// graphs (and crash). Put such tests in one xunit collection.
/// </para>
/// <para>
/// JACK allows 8 servers per machine, and a server that dies without unregistering keeps its
/// slot until a server of the same name starts again. So rigs take names from a small pool,
/// <c>pix2midi-rig-N</c>, each guarded by a lock file in the temp folder (released by the OS
/// even when a test process crashes): a new rig reclaims what a crashed one left behind.
/// </para>
/// <para>
/// <see cref="Dispose"/> stops everything the rig started, by pid, clients first and
/// <c>jackd</c> last, each with the signal it shuts down cleanly on (SIGKILL only if it does not
/// exit in time). Use it in a <c>using</c> so it happens when a test fails too.
/// </para>
/// </remarks>
public sealed class JackRig : IDisposable
{
    /// <summary>The server's sample rate.</summary>
    public const int SampleRate = 48000;

    /// <summary>The server's period, in frames.</summary>
    public const int PeriodFrames = 256;

    /// <summary>Debian's General MIDI sound font (package <c>fluid-soundfont-gm</c>).</summary>
    public const string DefaultSoundFont = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    /// <summary>Server names in the pool: JACK's own limit.</summary>
    private const int Slots = 8;

    /// <summary>The lines jackd always prints, left out of failure reports.</summary>
    private static readonly string[] Banner = ["jackdmp", "Copyright", "WARRANTY", "free software", "certain conditions"];

    private readonly FileStream _slotLock;
    private readonly List<(Process Process, string Signal)> _processes = [];
    private readonly List<JackMidiDump> _dumps = [];
    private readonly StringBuilder _serverLog = new();
    private readonly Lock _lock = new();
    private Process _server;
    private bool _answered;
    private bool _serverKilled;
    private bool _disposed;

    private JackRig(string serverName, FileStream slotLock)
    {
        ServerName = serverName;
        _slotLock = slotLock;
        Environment = new Dictionary<string, string>
        {
            ["JACK_DEFAULT_SERVER"] = serverName,
            ["JACK_NO_AUDIO_RESERVATION"] = "1",
        };
        _server = StartServer();
    }

    /// <summary>The server's name (<c>jackd -n</c>).</summary>
    public string ServerName { get; }

    /// <summary>What every client of this server needs in its environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Whether <c>jackd</c> is still running.</summary>
    public bool ServerRunning => !_server.HasExited;

    /// <summary>What <c>jackd</c> printed so far.</summary>
    public string ServerLog
    {
        get
        {
            lock (_lock)
            {
                return _serverLog.ToString();
            }
        }
    }

    /// <summary>Starts a server and waits until it answers <c>jack_lsp</c>.</summary>
    /// <param name="timeout">How long to wait for a free name and a server that answers; 30 s by default.</param>
    /// <exception cref="TimeoutException">No server answered in time; whatever was started is stopped.</exception>
    public static JackRig Start(TimeSpan? timeout = null)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(30);
        var deadline = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
        var failures = new StringBuilder();
        while (true)
        {
            for (var slot = 0; slot < Slots; slot++)
            {
                var slotLock = TryLockSlot(slot);
                if (slotLock is null)
                {
                    continue;
                }

                var rig = new JackRig($"pix2midi-rig-{slot}", slotLock);
                try
                {
                    if (rig.WaitUntilAnswering(deadline))
                    {
                        return rig;
                    }
                }
                catch
                {
                    rig.Dispose();
                    throw;
                }

                if (!rig.ServerRunning)
                {
                    // Let its last lines arrive.
                    rig._server.WaitForExit();
                }

                failures.AppendLine($"jackd -n {rig.ServerName}: {string.Join(" / ", rig.ServerLog.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !Banner.Any(b => l.Contains(b, StringComparison.Ordinal))))}");
                rig.Dispose();
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    throw new TimeoutException($"no JACK test server started in {wait.TotalSeconds} s:\n{failures}");
                }
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"no JACK test server started in {wait.TotalSeconds} s (all {Slots} names busy):\n{failures}");
            }

            Thread.Sleep(200);
        }
    }

    /// <summary>Starts <c>jack_midi_dump -a CLIENT</c> and waits until its input port exists.</summary>
    public JackMidiDump StartMidiDump(string clientName = "midi-monitor")
    {
        var process = StartProcess("jack_midi_dump", ["-a", clientName], onLine: null, track: false);
        var dump = new JackMidiDump(process, clientName);
        lock (_lock)
        {
            _dumps.Add(dump);
        }

        if (!WaitForPorts(ports => ports.Contains(dump.PortName), TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException($"jack_midi_dump never registered {dump.PortName}:\n{string.Join('\n', dump.Lines)}");
        }

        return dump;
    }

    /// <summary>
    /// Starts fluidsynth as a JACK synth (General MIDI), its stdin kept open so it keeps running,
    /// and waits for its MIDI input. Its audio ports are <c>ID:left</c> and <c>ID:right</c>, not connected.
    /// </summary>
    /// <param name="id">The JACK client name for both its MIDI and audio sides.</param>
    /// <param name="soundFont">The .sf2 file.</param>
    /// <returns>Its MIDI input port's full name.</returns>
    public string StartFluidSynth(string id = "synth", string soundFont = DefaultSoundFont)
    {
        StartProcess("fluidsynth", ["-a", "jack", "-m", "jack", "-r", $"{SampleRate}", "-o", $"midi.jack.id={id}", "-o", $"audio.jack.id={id}", "-o", "audio.jack.autoconnect=0", soundFont], static _ => { }, signal: "stdin");
        string? port = null;
        if (!WaitForPorts(ports => (port = ports.FirstOrDefault(p => p.StartsWith(id + ":midi", StringComparison.Ordinal))) is not null, TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException($"fluidsynth never registered a MIDI input as {id}:midi…");
        }

        return port!;
    }
    /// <summary>Every port of the server (<c>jack_lsp</c>).</summary>
    public IReadOnlyList<string> Ports()
    {
        var result = Run("jack_lsp");
        return result.ExitCode == 0
            ? result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
    }

    /// <summary>The ports <paramref name="port"/> is connected to (<c>jack_lsp -c</c>).</summary>
    /// <remarks>
    /// A <c>jack_lsp</c> that could not open its client (on a loaded machine the server may give up
    /// waiting for a busy client to acknowledge it) is asked again; one that keeps failing is an
    /// error, never an empty list.
    /// </remarks>
    public IReadOnlyList<string> Connections(string port)
    {
        var result = Run("jack_lsp", "-c", port);
        for (var attempt = 1; result.ExitCode != 0 && attempt < 5; attempt++)
        {
            Thread.Sleep(100);
            result = Run("jack_lsp", "-c", port);
        }

        var lines = result.EnsureSuccess($"jack_lsp -c {port}").StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. lines.Where(l => char.IsWhiteSpace(l[0])).Select(l => l.Trim())];
    }

    /// <summary>Polls <c>jack_lsp</c> every 50 ms until <paramref name="condition"/> holds.</summary>
    /// <returns>Whether it held before <paramref name="timeout"/>.</returns>
    public bool WaitForPorts(Func<IReadOnlyList<string>, bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!condition(Ports()))
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }

    /// <summary>Connects two ports with <c>jack_connect</c>.</summary>
    public void Connect(string source, string destination) =>
        Run("jack_connect", source, destination).EnsureSuccess($"jack_connect {source} {destination}");

    /// <summary>Runs a JACK tool against this server.</summary>
    public ToolResult Run(string program, params string[] arguments) =>
        ExternalTool.Run(program, arguments, TimeSpan.FromSeconds(20), environment: Environment.ToDictionary());

    /// <summary>Stops the server now: as quitting QjackCtl would (SIGTERM), or as a crash would (SIGKILL, with <paramref name="kill"/>).</summary>
    public void StopServer(bool kill = false)
    {
        if (kill)
        {
            _serverKilled = true;
            KillNow(_server);
        }
        else
        {
            Stop(_server, "TERM", TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>Freezes the server with SIGSTOP, as a server that hangs would be: it keeps its socket and answers no one until <see cref="Thaw"/> (<see cref="Dispose"/> thaws it too).</summary>
    public void Freeze() => SignalServer("STOP");

    /// <summary>Lets a frozen server run on (SIGCONT).</summary>
    public void Thaw() => SignalServer("CONT");

    /// <summary>Stops every process the rig started, by pid: clients first, then <c>jackd</c>; then frees the server name.</summary>
    public void Dispose()
    {
        // A frozen server cannot see its clients leave, nor its own SIGTERM.
        Thaw();
        List<JackMidiDump> dumps;
        List<(Process Process, string Signal)> processes;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            dumps = [.. _dumps];
            processes = [.. _processes];
        }

        foreach (var dump in dumps)
        {
            dump.Dispose();
        }

        foreach (var (process, signal) in processes)
        {
            Stop(process, signal, TimeSpan.FromSeconds(3));
            process.Dispose();
        }

        // The server last, so its clients could leave it cleanly.
        Stop(_server, "TERM", TimeSpan.FromSeconds(10));
        if (_answered && (_serverKilled || !ExitedCleanly(_server)))
        {
            Reclaim();
        }

        _server.Dispose();
        RemoveLeftovers();
        _slotLock.Dispose();
    }

    private void SignalServer(string signal)
    {
        if (!_server.HasExited)
        {
            ExternalTool.Run("kill", [$"-{signal}", _server.Id.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
        }
    }

    /// <summary>Stops a process by pid: <c>kill -SIGNAL</c> (or closing its stdin, for <c>stdin</c>), then SIGKILL if it is still running after <paramref name="grace"/>.</summary>
    internal static void Stop(Process process, string signal, TimeSpan grace)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            if (signal == "stdin")
            {
                process.StandardInput.Close();
            }
            else
            {
                ExternalTool.Run("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
            }

            if (!process.WaitForExit(grace))
            {
                KillNow(process);
            }

            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Never started, or already reaped.
        }
    }

    private static bool ExitedCleanly(Process process)
    {
        try
        {
            return process.HasExited && process.ExitCode == 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void KillNow(Process process)
    {
        try
        {
            process.Kill();
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>Takes the lock file of pool slot <paramref name="slot"/>, or null when another rig holds it.</summary>
    private static FileStream? TryLockSlot(int slot)
    {
        try
        {
            return new FileStream(Path.Combine(Path.GetTempPath(), $"pix2midi-jack-rig-{slot}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
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

    private bool WaitUntilAnswering(long deadline)
    {
        while (true)
        {
            if (!ServerRunning)
            {
                return false;
            }

            // Still running after the answer: else it was another server of that name (left by a crashed run) that answered.
            if (Run("jack_lsp").ExitCode == 0 && ServerRunning)
            {
                _answered = true;
                return true;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                return false;
            }

            Thread.Sleep(50);
        }
    }

    private Process StartServer() =>
        StartProcess("jackd", ["-n", ServerName, "--realtime", "-d", "dummy", "-r", $"{SampleRate}", "-p", $"{PeriodFrames}"], AppendLog, track: false);

    /// <summary>
    /// A server that died without unregistering keeps one of JACK's 8 server slots, and its shared
    /// memory, until a server of the same name starts: start one and stop it cleanly.
    /// </summary>
    private void Reclaim()
    {
        _server.Dispose();
        _server = StartServer();
        var deadline = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        WaitUntilAnswering(deadline);
        Stop(_server, "TERM", TimeSpan.FromSeconds(10));
    }

    /// <summary>Deletes the semaphore and socket files of clients that died on this server; the slot lock says nobody else uses the name.</summary>
    private void RemoveLeftovers()
    {
        try
        {
            foreach (var file in Directory.EnumerateFileSystemEntries("/dev/shm", $"jack*_{ServerName}_*"))
            {
                File.Delete(file);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Starts a program with the rig's environment; <paramref name="onLine"/> gets its output lines, or null when the caller reads them.</summary>
    private Process StartProcess(string program, IReadOnlyList<string> arguments, Action<string>? onLine, bool track = true, string signal = "INT")
    {
        var start = new ProcessStartInfo(ExternalTool.Find(program) ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        if (track)
        {
            lock (_lock)
            {
                _processes.Add((process, signal));
            }
        }

        if (onLine is not null)
        {
            // Read everything, so a chatty program never blocks on a full pipe.
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        return process;
    }

    private void AppendLog(string line)
    {
        lock (_lock)
        {
            _serverLog.AppendLine(line);
        }
    }
}
