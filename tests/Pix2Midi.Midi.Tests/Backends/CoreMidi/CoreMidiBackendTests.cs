using System.Runtime.CompilerServices;
using Pix2Midi.Midi.Backends.CoreMidi;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Backends.CoreMidi;

public class CoreMidiBackendTests
{
    private readonly CoreMidiBackend _backend = new();

    [Fact]
    public void Is_named_coremidi_and_creates_virtual_ports()
    {
        Assert.Equal("coremidi", _backend.Name);
        Assert.True(_backend.CanCreateVirtual);
    }

    [Fact]
    public void Off_macOS_says_it_is_macOS_only()
    {
        if (OperatingSystem.IsMacOS())
        {
            return;
        }

        Assert.Equal(BackendStatus.Unavailable("CoreMIDI is macOS only"), _backend.Probe());
        Assert.Equal("CoreMIDI is macOS only", Assert.Throws<MidiOutputException>(_backend.ListOutputs).Message);
        Assert.Equal("CoreMIDI is macOS only", Assert.Throws<MidiOutputException>(() => _backend.CreateVirtual("Pix2Midi")).Message);
        Assert.Equal(
            "CoreMIDI is macOS only",
            Assert.Throws<MidiOutputException>(() => _backend.Open(new MidiPortInfo("coremidi", "IAC Driver Bus 1", "1001"), "Pix2Midi")).Message);
    }

    [Fact]
    public void Native_structures_have_the_sizes_of_the_C_headers()
    {
        Assert.Equal(16, Unsafe.SizeOf<Interop.CoreFoundation.CFRange>());
        Assert.Equal(8, Unsafe.SizeOf<Interop.LibSystem.MachTimebaseInfo>());
    }
}
