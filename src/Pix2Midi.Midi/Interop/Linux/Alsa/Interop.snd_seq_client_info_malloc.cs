using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Allocates an opaque <c>snd_seq_client_info_t</c> (its size is libasound's business).</summary>
        /// <param name="info">The info, invalid on failure.</param>
        /// <returns>0, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_client_info_malloc")]
        internal static partial int SeqClientInfoMalloc(out Backends.Alsa.AlsaClientInfoHandle info);
    }
}
