using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Opens the sequencer.</summary>
        /// <param name="sequencer">The handle, invalid on failure.</param>
        /// <param name="name">The sequencer name; "default" is the kernel sequencer, <c>/dev/snd/seq</c>.</param>
        /// <param name="streams"><see cref="OpenOutput"/>.</param>
        /// <param name="mode"><see cref="NonBlocking"/>, or 0 (blocking).</param>
        /// <returns>0, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_open", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SeqOpen(out Backends.Alsa.AlsaSequencerHandle sequencer, string name, int streams, int mode);
    }
}
