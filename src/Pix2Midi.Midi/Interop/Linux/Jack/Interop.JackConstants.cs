namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>The port type of JACK MIDI ports.</summary>
        internal const string MidiPortType = "8 bit raw midi";

        /// <summary><c>jack_connect</c>: the ports were already connected (EEXIST), which is fine.</summary>
        internal const int AlreadyConnected = 17;

        /// <summary><c>jack_midi_event_write</c>: the period's MIDI buffer is full (-ENOBUFS).</summary>
        internal const int NoBufferSpace = -105;

        /// <summary><c>jack_midi_event_write</c>: the offset is outside the period or before the previous event (-EINVAL).</summary>
        internal const int InvalidArgument = -22;
    }
}
