using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Sets the name other programs see for this client.</summary>
        /// <param name="sequencer">The sequencer.</param>
        /// <param name="name">The name.</param>
        /// <returns>0, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_set_client_name", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SeqSetClientName(Backends.Alsa.AlsaSequencerHandle sequencer, string name);
    }
}
