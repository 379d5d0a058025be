namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary><c>JackPortFlags</c>: what kind of port, passed as C <c>unsigned long</c>.</summary>
        [Flags]
        internal enum JackPortFlags
        {
            /// <summary>No flag.</summary>
            None = 0x00,

            /// <summary>The port receives data (a synth's MIDI input).</summary>
            IsInput = 0x01,

            /// <summary>The port sends data (Pix2Midi's MIDI output).</summary>
            IsOutput = 0x02,

            /// <summary>The port is a physical connector.</summary>
            IsPhysical = 0x04,
        }
    }
}
