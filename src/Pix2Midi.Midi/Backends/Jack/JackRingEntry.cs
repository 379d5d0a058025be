using System.Runtime.InteropServices;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>One scheduled message in the ring between the player's thread and JACK's: 8 bytes.</summary>
/// <remarks>The three message bytes are contiguous, so the callback hands their address straight to <c>jack_midi_event_write</c>.</remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct JackRingEntry
{
    /// <summary>The absolute JACK frame it is due at (wraps at 2³², like <c>jack_nframes_t</c>).</summary>
    public uint Frame;

    /// <summary>The status byte.</summary>
    public byte Status;

    /// <summary>The first data byte.</summary>
    public byte Data1;

    /// <summary>The second data byte.</summary>
    public byte Data2;

    /// <summary>How many of the bytes from <see cref="Status"/> on to send.</summary>
    public byte Length;
}
