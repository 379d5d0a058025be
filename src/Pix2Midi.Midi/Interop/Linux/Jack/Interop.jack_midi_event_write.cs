using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Inside the process callback: adds one MIDI message to an output buffer.</summary>
        /// <param name="portBuffer">The buffer from <see cref="PortGetBuffer"/>.</param>
        /// <param name="time">The frame offset inside the period; never less than the previous event's.</param>
        /// <param name="data">The message bytes, with a full status byte.</param>
        /// <param name="size">How many bytes.</param>
        /// <returns>0 on success, <see cref="NoBufferSpace"/> when the buffer is full, <see cref="InvalidArgument"/> for a bad offset.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_midi_event_write")]
        internal static unsafe partial int MidiEventWrite(nint portBuffer, uint time, byte* data, nuint size);
    }
}
