using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>The port number in the info.</summary>
        /// <param name="info">The info.</param>
        /// <returns>The port number.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_port_info_get_port")]
        internal static partial int SeqPortInfoGetPort(Backends.Alsa.AlsaPortInfoHandle info);
    }
}
