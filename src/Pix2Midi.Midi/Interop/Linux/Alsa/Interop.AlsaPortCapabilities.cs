namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary><c>SND_SEQ_PORT_CAP_*</c>: what other clients may do with a port.</summary>
        [Flags]
        internal enum AlsaPortCapabilities : uint
        {
            /// <summary>Nothing.</summary>
            None = 0,

            /// <summary>Others may read from it (it sends).</summary>
            Read = 0x01,

            /// <summary>Others may write to it (it receives: a synth's input).</summary>
            Write = 0x02,

            /// <summary>Others may subscribe to what it sends.</summary>
            SubscribeRead = 0x20,

            /// <summary>Others may subscribe it to what they send.</summary>
            SubscribeWrite = 0x40,

            /// <summary>Hidden from other programs' port lists.</summary>
            NoExport = 0x80,
        }
    }
}
