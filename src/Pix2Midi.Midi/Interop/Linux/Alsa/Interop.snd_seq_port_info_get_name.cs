using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>The port name in the info.</summary>
        /// <param name="info">The info.</param>
        /// <returns>A UTF-8 string inside the info: copy it, never free it.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_port_info_get_name")]
        internal static partial nint SeqPortInfoGetName(Backends.Alsa.AlsaPortInfoHandle info);
    }
}
