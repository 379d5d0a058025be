using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Sets the client whose ports a query walks.</summary>
        /// <param name="info">The info.</param>
        /// <param name="client">The client number.</param>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_port_info_set_client")]
        internal static partial void SeqPortInfoSetClient(Backends.Alsa.AlsaPortInfoHandle info, int client);
    }
}
