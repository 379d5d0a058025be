using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Fills the info with the next client after the one it names.</summary>
        /// <param name="sequencer">The sequencer.</param>
        /// <param name="info">The info.</param>
        /// <returns>0, or a negative errno when there are no more clients.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_query_next_client")]
        internal static partial int SeqQueryNextClient(Backends.Alsa.AlsaSequencerHandle sequencer, Backends.Alsa.AlsaClientInfoHandle info);
    }
}
