using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Lets the server call the client's process callback from now on.</summary>
        /// <returns>0 on success.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_activate")]
        internal static partial int Activate(Backends.Jack.JackClientHandle client);
    }
}
