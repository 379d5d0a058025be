using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Whether a port is connected to another, as the server's current graph says (what every client reads).</summary>
        /// <param name="port">One of the caller's ports.</param>
        /// <param name="portName">The other port's full <c>client:port</c> name.</param>
        /// <returns>Non-zero when connected.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_port_connected_to", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int PortConnectedTo(nint port, string portName);
    }
}
