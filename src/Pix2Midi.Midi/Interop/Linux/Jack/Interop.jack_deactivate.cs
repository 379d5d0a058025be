using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Stops the process callback and disconnects the client's ports; returns after the last callback.</summary>
        /// <returns>0 on success.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_deactivate")]
        internal static partial int Deactivate(Backends.Jack.JackClientHandle client);
    }
}
