using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>This client's number.</summary>
        /// <param name="sequencer">The sequencer.</param>
        /// <returns>The client number, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_client_id")]
        internal static partial int SeqClientId(Backends.Alsa.AlsaSequencerHandle sequencer);
    }
}
