using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Creates a port of this client.</summary>
        /// <param name="sequencer">The sequencer.</param>
        /// <param name="name">The port name.</param>
        /// <param name="capabilities">What others may do with it: <see cref="AlsaPortCapabilities"/>.</param>
        /// <param name="type">What it is: <see cref="AlsaPortType"/>.</param>
        /// <returns>The port number, or a negative errno.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_seq_create_simple_port", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SeqCreateSimplePort(Backends.Alsa.AlsaSequencerHandle sequencer, string name, AlsaPortCapabilities capabilities, AlsaPortType type);
    }
}
