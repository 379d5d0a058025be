using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>
/// JACK MIDI: sample-accurate output to any JACK client's MIDI input (a synth such as fluidsynth,
/// a DAW, <c>jack_midi_dump</c>), or a port of Pix2Midi's own that others connect to.
/// </summary>
/// <remarks>
/// Never starts a server: one must be running (jackd, QjackCtl, or PipeWire's JACK). Ports are
/// named as JACK names them, <c>client:port</c>. libjack's own console messages are silenced; every
/// failure is a <see cref="MidiOutputException"/> with one line saying what to do.
/// </remarks>
/// <param name="serverName">The JACK server to use (as started with <c>jackd -n NAME</c>), or null for the default one (<c>JACK_DEFAULT_SERVER</c>, else "default").</param>
[SupportedOSPlatform("linux")]
public sealed class JackBackend(string? serverName = null) : IMidiBackend
{
    /// <summary>The backend's short name, <c>jack</c>.</summary>
    public const string BackendName = "jack";

    private const string QueryClientName = "pix2midi-query";

    /// <summary>How long the ports read by <see cref="Probe"/> answer <see cref="ListOutputs"/> instead of a new client.</summary>
    private static readonly TimeSpan ProbedPortsFresh = TimeSpan.FromSeconds(2);

    private (IReadOnlyList<MidiPortInfo> Ports, long At)? _probedPorts;

    /// <inheritdoc />
    public string Name => BackendName;

    /// <summary>The server this backend talks to, or null for the default one.</summary>
    public string? ServerName { get; } = serverName;

    /// <inheritdoc />
    public bool CanCreateVirtual => true;

    /// <inheritdoc />
    /// <remarks>
    /// Opens and closes a client, never starting a server. With the server there, it also reads the
    /// MIDI input ports, and a <see cref="ListOutputs"/> within 2 s returns those (once) instead of
    /// opening a client of its own: choosing a port takes one client, not two.
    /// </remarks>
    public BackendStatus Probe()
    {
        _probedPorts = null;
        try
        {
            using var client = JackLibrary.TryOpen(QueryClientName, ServerName, out var status);
            if (client is null)
            {
                return BackendStatus.Unavailable(JackLibrary.NoAnswer(ServerName));
            }

            if (client.IsInvalid)
            {
                return BackendStatus.Unavailable(JackLibrary.Describe(status, ServerName));
            }

            _probedPorts = (MidiInputs(client), Stopwatch.GetTimestamp());
            return BackendStatus.Ready;
        }
        catch (DllNotFoundException)
        {
            return BackendStatus.Unavailable(JackLibrary.NotInstalled);
        }
        catch (EntryPointNotFoundException)
        {
            return BackendStatus.Unavailable(JackLibrary.NotInstalled);
        }
    }

    /// <inheritdoc />
    /// <remarks>Every other client's MIDI input port, by its full JACK name (<c>fluidsynth:midi_00</c>).</remarks>
    public IReadOnlyList<MidiPortInfo> ListOutputs()
    {
        if (_probedPorts is { } probed)
        {
            _probedPorts = null;
            if (Stopwatch.GetElapsedTime(probed.At) < ProbedPortsFresh)
            {
                return probed.Ports;
            }
        }

        using var client = JackLibrary.Open(QueryClientName, ServerName);
        return MidiInputs(client);
    }

    private static List<MidiPortInfo> MidiInputs(JackClientHandle client)
    {
        var names = Interop.Jack.GetPorts(client, null, Interop.Jack.MidiPortType, (nuint)Interop.Jack.JackPortFlags.IsInput);
        if (names == 0)
        {
            return [];
        }

        try
        {
            var ports = new List<MidiPortInfo>();
            for (var i = 0; Marshal.ReadIntPtr(names, i * IntPtr.Size) is var name && name != 0; i++)
            {
                var text = JackLibrary.Text(name);
                ports.Add(new MidiPortInfo(BackendName, text, text));
            }

            return ports;
        }
        finally
        {
            Interop.Jack.Free(names);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Opens a client named <paramref name="clientName"/> (JACK adds a suffix if the name is taken)
    /// with one MIDI output port, <c>out</c>, and connects it to <paramref name="port"/>: when it
    /// returns, the connection is in the graph the server runs.
    /// </remarks>
    public IMidiOutput Open(MidiPortInfo port, string clientName)
    {
        ArgumentNullException.ThrowIfNull(port);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        if (!string.Equals(port.Backend, BackendName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{port.QualifiedName} is not a JACK port.", nameof(port));
        }

        return JackOutput.Start(ServerName, clientName, port.Id);
    }

    /// <inheritdoc />
    /// <remarks>A client named <paramref name="name"/> with one MIDI output port, <c>out</c>: others connect <c>name:out</c> to their inputs.</remarks>
    public IMidiOutput CreateVirtual(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return JackOutput.Start(ServerName, name, destination: null);
    }
}
