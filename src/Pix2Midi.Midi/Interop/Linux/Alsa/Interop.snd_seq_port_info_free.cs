using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Frees a <c>snd_seq_port_info_t</c>.</summary>
        /// <param name="info">The raw info; only <see cref="Backends.Alsa.AlsaPortInfoHandle"/> calls this.</param>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_port_info_free")]
        internal static partial void SeqPortInfoFree(nint info);
    }
}
