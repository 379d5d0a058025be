using Pix2Midi.Midi.Backends.WinMM;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Backends.WinMM;

public class WinMMBackendTests
{
    private readonly WinMMBackend _backend = new();

    [Fact]
    public void Is_named_winmm_and_cannot_create_ports()
    {
        Assert.Equal("winmm", _backend.Name);
        Assert.False(_backend.CanCreateVirtual);
    }

    [Fact]
    public void Explains_how_loopMIDI_makes_a_port_when_asked_for_a_virtual_one()
    {
        var e = Assert.Throws<MidiOutputException>(() => _backend.CreateVirtual("Pix2Midi"));

        Assert.StartsWith("Windows cannot create MIDI ports by itself.", e.Message, StringComparison.Ordinal);
        Assert.Contains("install loopMIDI", e.Message, StringComparison.Ordinal);
        Assert.Contains("add a port", e.Message, StringComparison.Ordinal);
        Assert.Contains("--port \"loopMIDI Port\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Off_Windows_says_it_is_Windows_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal(BackendStatus.Ready, _backend.Probe());
            return;
        }

        Assert.Equal(BackendStatus.Unavailable("WinMM is Windows only"), _backend.Probe());
        Assert.Equal("WinMM is Windows only", Assert.Throws<MidiOutputException>(_backend.ListOutputs).Message);
        Assert.Equal(
            "WinMM is Windows only",
            Assert.Throws<MidiOutputException>(() => _backend.Open(new MidiPortInfo("winmm", "loopMIDI Port", "1"), "Pix2Midi")).Message);
    }
}
