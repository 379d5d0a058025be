using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Finds a port by its full name.</summary>
        /// <param name="client">The client asking.</param>
        /// <param name="portName">The full <c>client:port</c> name.</param>
        /// <returns>The port (not owned by the caller), or zero when there is none.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_port_by_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint PortByName(Backends.Jack.JackClientHandle client, string portName);
    }
}
