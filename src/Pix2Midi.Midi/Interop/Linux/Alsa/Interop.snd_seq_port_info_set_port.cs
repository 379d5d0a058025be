using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Sets the port number a query starts after (-1: from the first).</summary>
        /// <param name="info">The info.</param>
        /// <param name="port">The port number.</param>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_port_info_set_port")]
        internal static partial void SeqPortInfoSetPort(Backends.Alsa.AlsaPortInfoHandle info, int port);
    }
}
