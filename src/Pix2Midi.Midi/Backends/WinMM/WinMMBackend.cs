using System.Globalization;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.WinMM;

namespace Pix2Midi.Midi.Backends.WinMM;

/// <summary>Windows' WinMM MIDI output devices: loopMIDI ports, hardware ports, the built-in GS synth.</summary>
/// <remarks>
/// <para>
/// The devices are listed, opened and sent to through NAudio's <c>MidiOut</c> (docs/decisions/0021);
/// its errors become Pix2Midi's one-line messages in <see cref="WinMMErrors"/>.
/// </para>
/// <para>
/// Ports are listed by index but opened by name: indices change after a reboot or when a
/// loopMIDI port is added, so <see cref="Open"/> enumerates again and looks for the name.
/// </para>
/// <para>
/// WinMM cannot create ports (<see cref="CanCreateVirtual"/> is false): loopMIDI makes them, and
/// the DAW opens the input of the same name. Usable from any OS: elsewhere <see cref="Probe"/>
/// says so and the other members throw <see cref="MidiOutputException"/>.
/// </para>
/// </remarks>
public sealed class WinMMBackend : IMidiBackend
{
    /// <summary>The backend's short name and <c>--port</c> prefix.</summary>
    public const string BackendName = "winmm";

    /// <summary>Why this backend cannot work here.</summary>
    internal const string NotWindows = "WinMM is Windows only";

    /// <summary>What <see cref="CreateVirtual"/> says: Windows needs loopMIDI to make a port.</summary>
    internal const string NoVirtualPorts =
        "Windows cannot create MIDI ports by itself. loopMIDI (free, by Tobias Erichsen) makes one: "
        + "1) install loopMIDI from tobias-erichsen.de; 2) start it and add a port with the + button "
        + "(it is called “loopMIDI Port” unless you rename it); 3) run Pix2Midi with --port \"loopMIDI Port\" "
        + "and choose the same port as the MIDI input in your DAW.";

    /// <summary>What to do when Windows lists no output a DAW can listen to: install loopMIDI, and how.</summary>
    internal const string LoopMidiAdvice =
        "To play Ableton Live or another DAW on Windows, install loopMIDI (free, by Tobias Erichsen, from tobias-erichsen.de), "
        + "start it and add a port with the + button (it is called “loopMIDI Port”), then run Pix2Midi with --port \"loopMIDI Port\" "
        + "and choose that port as the MIDI input in your DAW.";

    /// <inheritdoc />
    public string Name => BackendName;

    /// <inheritdoc />
    public string? NoOutputsAdvice => LoopMidiAdvice;

    /// <inheritdoc />
    public bool CanCreateVirtual => false;

    /// <inheritdoc />
    public BackendStatus Probe() => OperatingSystem.IsWindows() ? BackendStatus.Ready : BackendStatus.Unavailable(NotWindows);

    /// <inheritdoc />
    public IReadOnlyList<MidiPortInfo> ListOutputs()
    {
        if (!OperatingSystem.IsWindows())
        {
            throw new MidiOutputException(NotWindows);
        }

        var devices = Enumerate();
        var ports = new List<MidiPortInfo>(devices.Count);
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i] is { } name)
            {
                ports.Add(new MidiPortInfo(BackendName, name, i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return ports;
    }

    /// <inheritdoc />
    /// <remarks><paramref name="clientName"/> is not used: WinMM does not name the programs that open a device.</remarks>
    public IMidiOutput Open(MidiPortInfo port, string clientName)
    {
        ArgumentNullException.ThrowIfNull(port);
        if (!OperatingSystem.IsWindows())
        {
            throw new MidiOutputException(NotWindows);
        }

        var index = WinMMPortMatcher.Find(Enumerate(), port.Name, port.Id);
        if (index < 0)
        {
            throw new MidiOutputException(WinMMErrors.Describe(MmResult.MidiNoDevice, port.Name, "open", null));
        }

        NAudio.Midi.MidiOut device;
        try
        {
            device = new NAudio.Midi.MidiOut(index);
        }
        catch (NAudio.MmException e)
        {
            throw WinMMErrors.Exception(e, port.Name, "open");
        }

        return new WinMMOutput(port with { Id = index.ToString(CultureInfo.InvariantCulture) }, device);
    }

    /// <inheritdoc />
    /// <exception cref="MidiOutputException">Always: the message explains how loopMIDI makes a port.</exception>
    public IMidiOutput CreateVirtual(string name) => throw new MidiOutputException(NoVirtualPorts);

    /// <summary>Every output device's name by index; null where one could not be read (it went away meanwhile).</summary>
    [SupportedOSPlatform("windows")]
    private static List<string?> Enumerate()
    {
        var count = NAudio.Midi.MidiOut.NumberOfDevices;
        var names = new List<string?>(Math.Clamp(count, 0, 256));
        for (var i = 0; i < count; i++)
        {
            try
            {
                names.Add(NAudio.Midi.MidiOut.DeviceInfo(i).ProductName);
            }
            catch (NAudio.MmException)
            {
                names.Add(null);
            }
        }

        return names;
    }
}
