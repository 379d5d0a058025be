using System.Globalization;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>
/// The ALSA sequencer: Linux's system-wide MIDI router, where hardware ports, software synths
/// (FluidSynth, Qsynth) and DAWs meet.
/// </summary>
/// <remarks>
/// Needs the kernel's sequencer device, <c>/dev/snd/seq</c> (module <c>snd-seq</c>), which
/// containers and many CI machines lack. When it is missing, <see cref="Probe"/> says so in one
/// line without touching libasound, which would print its own error to stderr. Ports are named
/// <c>Client Name:Port Name</c> and identified by <c>client:port</c> numbers.
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed class AlsaBackend : IMidiBackend
{
    /// <summary>The backend's short name, <c>alsa</c>.</summary>
    public const string BackendName = "alsa";

    /// <summary>The kernel sequencer's device file.</summary>
    public const string SequencerDevice = "/dev/snd/seq";

    private const string OwnPortName = "out";

    private const Interop.Alsa.AlsaPortCapabilities Readable = Interop.Alsa.AlsaPortCapabilities.Read | Interop.Alsa.AlsaPortCapabilities.SubscribeRead;
    private const Interop.Alsa.AlsaPortCapabilities Writable = Interop.Alsa.AlsaPortCapabilities.Write | Interop.Alsa.AlsaPortCapabilities.SubscribeWrite;
    private const Interop.Alsa.AlsaPortType OwnPortType = Interop.Alsa.AlsaPortType.MidiGeneric | Interop.Alsa.AlsaPortType.Application;

    private readonly string _device;

    /// <summary>The ALSA sequencer at <c>/dev/snd/seq</c>.</summary>
    public AlsaBackend()
        : this(SequencerDevice)
    {
    }

    /// <summary>For tests: the device file whose presence decides whether to try the sequencer.</summary>
    internal AlsaBackend(string device)
    {
        _device = device;
    }

    /// <inheritdoc />
    public string Name => BackendName;

    /// <inheritdoc />
    public bool CanCreateVirtual => true;

    /// <inheritdoc />
    public BackendStatus Probe()
    {
        if (!File.Exists(_device))
        {
            return BackendStatus.Unavailable(AlsaLibrary.Missing(_device));
        }

        try
        {
            var result = AlsaLibrary.TryOpen(out var sequencer);
            sequencer.Dispose();
            return result < 0 ? BackendStatus.Unavailable(AlsaLibrary.CannotOpen(result)) : BackendStatus.Ready;
        }
        catch (DllNotFoundException)
        {
            return BackendStatus.Unavailable(AlsaLibrary.NotInstalled);
        }
        catch (EntryPointNotFoundException)
        {
            return BackendStatus.Unavailable(AlsaLibrary.NotInstalled);
        }
    }

    /// <inheritdoc />
    /// <remarks>Every port of another client that accepts subscriptions to write to it, except hidden ones and the kernel's own.</remarks>
    public IReadOnlyList<MidiPortInfo> ListOutputs()
    {
        using var sequencer = AlsaLibrary.Open(_device);
        var self = Interop.Alsa.SeqClientId(sequencer);
        Check(Interop.Alsa.SeqClientInfoMalloc(out var clientInfo), "list its clients");
        using var clients = clientInfo;
        Check(Interop.Alsa.SeqPortInfoMalloc(out var portInfo), "list its ports");
        using var ports = portInfo;
        var found = new List<MidiPortInfo>();
        Interop.Alsa.SeqClientInfoSetClient(clients, -1);
        while (Interop.Alsa.SeqQueryNextClient(sequencer, clients) >= 0)
        {
            var client = Interop.Alsa.SeqClientInfoGetClient(clients);
            if (client == Interop.Alsa.SystemClient || client == self)
            {
                continue;
            }

            var clientName = AlsaLibrary.Copy(Interop.Alsa.SeqClientInfoGetName(clients));
            Interop.Alsa.SeqPortInfoSetClient(ports, client);
            Interop.Alsa.SeqPortInfoSetPort(ports, -1);
            while (Interop.Alsa.SeqQueryNextPort(sequencer, ports) >= 0)
            {
                var caps = Interop.Alsa.SeqPortInfoGetCapability(ports);
                if ((caps & Writable) != Writable || (caps & Interop.Alsa.AlsaPortCapabilities.NoExport) != 0)
                {
                    continue;
                }

                var port = Interop.Alsa.SeqPortInfoGetPort(ports);
                var portName = AlsaLibrary.Copy(Interop.Alsa.SeqPortInfoGetName(ports));
                found.Add(new MidiPortInfo(BackendName, $"{clientName}:{portName}", string.Create(CultureInfo.InvariantCulture, $"{client}:{port}")));
            }
        }

        return found;
    }

    /// <inheritdoc />
    /// <remarks>A client named <paramref name="clientName"/> with one port, <c>out</c>, subscribed to <paramref name="port"/>.</remarks>
    public IMidiOutput Open(MidiPortInfo port, string clientName)
    {
        ArgumentNullException.ThrowIfNull(port);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        if (!string.Equals(port.Backend, BackendName, StringComparison.Ordinal) || !TryParseAddress(port.Id, out var client, out var number))
        {
            throw new ArgumentException($"{port.QualifiedName} is not an ALSA sequencer port.", nameof(port));
        }

        var sequencer = AlsaLibrary.Open(_device);
        try
        {
            var (self, own) = CreatePort(sequencer, clientName, OwnPortName);
            var result = Interop.Alsa.SeqConnectTo(sequencer, own, client, number);
            if (result < 0)
            {
                throw new MidiOutputException($"ALSA would not connect Pix2Midi to \"{port.Name}\" ({AlsaLibrary.Text(result)}): is its program still running? (`pix2midi ports` lists the ports there are)") { NativeCode = result };
            }

            return new AlsaOutput(sequencer, self, own, port);
        }
        catch
        {
            sequencer.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>A client and port both named <paramref name="name"/>, readable and open to subscriptions: DAWs list it as a MIDI input.</remarks>
    public IMidiOutput CreateVirtual(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var sequencer = AlsaLibrary.Open(_device);
        try
        {
            var (self, own) = CreatePort(sequencer, name, name);
            var address = string.Create(CultureInfo.InvariantCulture, $"{self}:{own}");
            return new AlsaOutput(sequencer, self, own, new MidiPortInfo(BackendName, $"{name}:{name}", address, IsVirtual: true));
        }
        catch
        {
            sequencer.Dispose();
            throw;
        }
    }

    /// <summary>Parses a <c>client:port</c> address.</summary>
    internal static bool TryParseAddress(string id, out int client, out int port)
    {
        client = port = -1;
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && int.TryParse(id.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out client)
            && int.TryParse(id.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && client is >= 0 and <= 255 && port is >= 0 and <= 255;
    }

    private static (int Client, int Port) CreatePort(AlsaSequencerHandle sequencer, string clientName, string portName)
    {
        Check(Interop.Alsa.SeqSetClientName(sequencer, clientName), $"take the name \"{clientName}\"");
        var port = Interop.Alsa.SeqCreateSimplePort(sequencer, portName, Readable, OwnPortType);
        Check(port, $"create the port \"{portName}\"");
        var client = Interop.Alsa.SeqClientId(sequencer);
        Check(client, "tell its client number");
        return (client, port);
    }

    private static void Check(int result, string what)
    {
        if (result < 0)
        {
            throw new MidiOutputException($"the ALSA sequencer would not let Pix2Midi {what} ({AlsaLibrary.Text(result)})") { NativeCode = result };
        }
    }
}
