using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>The client number in the info.</summary>
        /// <param name="info">The info.</param>
        /// <returns>The client number.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_client_info_get_client")]
        internal static partial int SeqClientInfoGetClient(Backends.Alsa.AlsaClientInfoHandle info);
    }
}
