using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Frees a <c>snd_seq_client_info_t</c>.</summary>
        /// <param name="info">The raw info; only <see cref="Backends.Alsa.AlsaClientInfoHandle"/> calls this.</param>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_client_info_free")]
        internal static partial void SeqClientInfoFree(nint info);
    }
}
