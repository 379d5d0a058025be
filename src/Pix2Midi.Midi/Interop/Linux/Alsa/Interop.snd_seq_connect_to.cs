using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Subscribes another client's port to one of ours: what we send to our subscribers reaches it.</summary>
        /// <param name="sequencer">The sequencer.</param>
        /// <param name="myPort">Our port.</param>
        /// <param name="destinationClient">Their client number.</param>
        /// <param name="destinationPort">Their port number.</param>
        /// <returns>0, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_connect_to")]
        internal static partial int SeqConnectTo(Backends.Alsa.AlsaSequencerHandle sequencer, int myPort, int destinationClient, int destinationPort);
    }
}
