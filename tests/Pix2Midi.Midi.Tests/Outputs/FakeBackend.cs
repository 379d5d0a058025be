using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Tests.Playback;

namespace Pix2Midi.Midi.Tests.Outputs;

/// <summary>A backend with a fixed list of ports, for selection tests.</summary>
public sealed class FakeBackend(string name, bool available, bool canCreateVirtual, params string[] ports) : IMidiBackend
{
    public string Name => name;

    public bool CanCreateVirtual => canCreateVirtual;

    public BackendStatus Probe() => available ? BackendStatus.Ready : BackendStatus.Unavailable($"{name} is not running");

    public IReadOnlyList<MidiPortInfo> ListOutputs() =>
        available ? [.. ports.Select(p => new MidiPortInfo(name, p, p))] : throw new MidiOutputException($"{name} is not running");

    /// <summary>What this backend advises where it lists no output a DAW can listen to (WinMM's loopMIDI advice, say).</summary>
    public string? NoOutputsAdvice { get; init; }

    public IMidiOutput Open(MidiPortInfo port, string clientName) => new FakeOutput(port.Name);

    public IMidiOutput CreateVirtual(string portName) =>
        canCreateVirtual ? new FakeOutput(portName) : throw new MidiOutputException("Windows cannot create MIDI ports by itself: install loopMIDI and add a port.");
}
