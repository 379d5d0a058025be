using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends;

/// <summary>The MIDI backends of the OS Pix2Midi runs on, in the order ports are searched.</summary>
public static class MidiBackends
{
    /// <summary>Windows: WinMM. macOS: CoreMIDI. Linux: ALSA, then JACK.</summary>
    public static IReadOnlyList<IMidiBackend> ForThisOs() => [];
}
