using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Inside the process callback: the port's buffer for this period.</summary>
        /// <param name="port">The port.</param>
        /// <param name="frames">The period's length, as handed to the callback.</param>
        /// <returns>The buffer; for a MIDI port, pass it to the <c>jack_midi_*</c> functions.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_port_get_buffer")]
        internal static partial nint PortGetBuffer(nint port, uint frames);
    }
}
