using Pix2Midi.Midi.Backends.Alsa;
using Pix2Midi.Midi.Backends.CoreMidi;
using Pix2Midi.Midi.Backends.Jack;
using Pix2Midi.Midi.Backends.WinMM;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends;

/// <summary>The MIDI backends of the OS Pix2Midi runs on, in the order ports are searched.</summary>
public static class MidiBackends
{
    /// <summary>Windows: WinMM. macOS: CoreMIDI. Linux: ALSA, then JACK.</summary>
    /// <remarks>Every backend is listed even when it cannot work now; its <see cref="IMidiBackend.Probe"/> says why.</remarks>
    public static IReadOnlyList<IMidiBackend> ForThisOs()
    {
        if (OperatingSystem.IsWindows())
        {
            return [new WinMMBackend()];
        }

        if (OperatingSystem.IsMacOS())
        {
            return [new CoreMidiBackend()];
        }

        if (OperatingSystem.IsLinux())
        {
            return [new AlsaBackend(), new JackBackend()];
        }

        return [];
    }
}
