using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Closes the sequencer; its ports and connections go with it.</summary>
        /// <param name="sequencer">The raw handle; only <see cref="Backends.Alsa.AlsaSequencerHandle"/> calls this.</param>
        /// <returns>0, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_close")]
        internal static partial int SeqClose(nint sequencer);
    }
}
