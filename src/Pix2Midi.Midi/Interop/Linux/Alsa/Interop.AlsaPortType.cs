namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary><c>SND_SEQ_PORT_TYPE_*</c>: what a port is.</summary>
        [Flags]
        internal enum AlsaPortType : uint
        {
            /// <summary>Nothing said.</summary>
            None = 0,

            /// <summary>It speaks MIDI.</summary>
            MidiGeneric = 0x02,

            /// <summary>It belongs to an application (not hardware).</summary>
            Application = 0x100000,
        }
    }
}
