using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Sends one event at once, bypassing libasound's output buffer.</summary>
        /// <param name="sequencer">The sequencer.</param>
        /// <param name="sequencerEvent">A 28-byte <c>snd_seq_event_t</c> (see <see cref="Backends.Alsa.AlsaSequencerEvent"/>).</param>
        /// <returns>The bytes sent, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_event_output_direct")]
        internal static unsafe partial int SeqEventOutputDirect(Backends.Alsa.AlsaSequencerHandle sequencer, byte* sequencerEvent);
    }
}
