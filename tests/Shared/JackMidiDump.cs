using System.Diagnostics;
using System.Globalization;

namespace Pix2Midi.Testing;

/// <summary>
/// A running <c>jack_midi_dump -a</c>: a real JACK client with one MIDI input port,
/// <c>CLIENT:input</c>, whose printed lines are collected as they come.
/// </summary>
/// <remarks>
/// Started by <see cref="JackRig.StartMidiDump"/>, which stops it at the latest when the rig is
/// disposed. Line format, with <c>-a</c> (frames counted from the dump's start):
/// <c> 469056: 90 3c 64 note on  (channel  0): pitch  60, velocity 100</c>.
/// </remarks>
public sealed class JackMidiDump : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly List<JackMidiDumpMessage> _messages = [];
    private readonly object _lock = new();

    internal JackMidiDump(Process process, string clientName)
    {
        _process = process;
        ClientName = clientName;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data is null ? null : "stderr: " + e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The JACK client name.</summary>
    public string ClientName { get; }

    /// <summary>Its MIDI input port: connect outputs here.</summary>
    public string PortName => ClientName + ":input";

    /// <summary>The process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether it is still running.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>Every line printed so far (stderr lines prefixed <c>stderr: </c>).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyList<JackMidiDumpMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived.</summary>
    /// <returns>All messages so far.</returns>
    /// <exception cref="TimeoutException">Fewer arrived in time; the message lists what the dump printed.</exception>
    public IReadOnlyList<JackMidiDumpMessage> WaitForMessages(int count, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        lock (_lock)
        {
            while (_messages.Count < count)
            {
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"jack_midi_dump ({PortName}) received {_messages.Count} of {count} messages in {timeout.TotalSeconds:0.###} s; it printed:\n{string.Join('\n', _lines)}");
                }

                Monitor.Wait(_lock, left);
            }

            return [.. _messages];
        }
    }

    /// <summary>Parses one line of <c>jack_midi_dump</c> (with or without <c>-a</c>): <c>frame: bytes… description</c>.</summary>
    public static bool TryParse(string line, out JackMidiDumpMessage message)
    {
        message = null!;
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !long.TryParse(line.AsSpan(0, colon).Trim().TrimStart('+'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var frame))
        {
            return false;
        }

        var bytes = new List<byte>(3);
        foreach (var token in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length != 2 || !byte.TryParse(token, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                break;
            }

            bytes.Add(value);
        }

        if (bytes.Count == 0)
        {
            return false;
        }

        message = new JackMidiDumpMessage(frame, bytes);
        return true;
    }

    /// <summary>Stops the dump by its pid (SIGINT, on which it closes its client cleanly; SIGKILL after 3 s); its port goes away.</summary>
    public void Stop() => JackRig.Stop(_process, "INT", TimeSpan.FromSeconds(3));

    /// <inheritdoc />
    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _lines.Add(line);
            if (TryParse(line, out var message))
            {
                _messages.Add(message);
            }

            Monitor.PulseAll(_lock);
        }
    }
}
