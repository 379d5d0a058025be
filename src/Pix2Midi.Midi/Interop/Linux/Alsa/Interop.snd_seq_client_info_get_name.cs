using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>The client name in the info.</summary>
        /// <param name="info">The info.</param>
        /// <returns>A UTF-8 string inside the info: copy it, never free it.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_client_info_get_name")]
        internal static partial nint SeqClientInfoGetName(Backends.Alsa.AlsaClientInfoHandle info);
    }
}
