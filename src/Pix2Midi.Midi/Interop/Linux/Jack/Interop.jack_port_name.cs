using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>The full <c>client:port</c> name of a port.</summary>
        /// <param name="port">The port.</param>
        /// <returns>A UTF-8 string owned by the port: never free it.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_port_name")]
        internal static partial nint PortName(nint port);
    }
}
