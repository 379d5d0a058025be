using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>What others may do with the port in the info.</summary>
        /// <param name="info">The info.</param>
        /// <returns>Its <see cref="AlsaPortCapabilities"/>.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_port_info_get_capability")]
        internal static partial AlsaPortCapabilities SeqPortInfoGetCapability(Backends.Alsa.AlsaPortInfoHandle info);
    }
}
