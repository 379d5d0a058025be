using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Creates a port owned by the client (freed with it).</summary>
        /// <param name="client">The client.</param>
        /// <param name="portName">The short name; the full name is <c>client:port</c>.</param>
        /// <param name="portType">The type, such as <see cref="MidiPortType"/>.</param>
        /// <param name="flags">A <see cref="JackPortFlags"/> combination (C <c>unsigned long</c>).</param>
        /// <param name="bufferSize">0 for the built-in types.</param>
        /// <returns>The port, or zero on failure.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_port_register", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint PortRegister(Backends.Jack.JackClientHandle client, string portName, string portType, nuint flags, nuint bufferSize);
    }
}
