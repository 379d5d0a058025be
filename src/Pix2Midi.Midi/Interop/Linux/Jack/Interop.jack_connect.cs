using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Connects an output port to an input port, by full names.</summary>
        /// <param name="client">The client asking.</param>
        /// <param name="sourcePort">The output port.</param>
        /// <param name="destinationPort">The input port.</param>
        /// <returns>0 on success, <see cref="AlreadyConnected"/> when they already are, another value on failure.</returns>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_connect", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Connect(Backends.Jack.JackClientHandle client, string sourcePort, string destinationPort);
    }
}
