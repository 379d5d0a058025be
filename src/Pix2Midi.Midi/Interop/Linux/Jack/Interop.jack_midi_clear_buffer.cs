using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Inside the process callback: empties an output MIDI buffer before events are written to it.</summary>
        /// <param name="portBuffer">The buffer from <see cref="PortGetBuffer"/>.</param>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_midi_clear_buffer")]
        internal static partial void MidiClearBuffer(nint portBuffer);
    }
}
