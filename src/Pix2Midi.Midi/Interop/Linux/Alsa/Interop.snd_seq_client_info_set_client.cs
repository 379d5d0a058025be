using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Sets the client number a query starts after (-1: from the first).</summary>
        /// <param name="info">The info.</param>
        /// <param name="client">The client number.</param>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_client_info_set_client")]
        internal static partial void SeqClientInfoSetClient(Backends.Alsa.AlsaClientInfoHandle info, int client);
    }
}
