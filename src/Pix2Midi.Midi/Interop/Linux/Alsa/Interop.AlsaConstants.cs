namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary><c>SND_SEQ_OPEN_OUTPUT</c>: open the sequencer for sending.</summary>
        internal const int OpenOutput = 1;

        /// <summary><c>SND_SEQ_NONBLOCK</c>: sending never waits; a full queue answers <c>-EAGAIN</c>.</summary>
        internal const int NonBlocking = 1;

        /// <summary><c>SND_SEQ_CLIENT_SYSTEM</c>: the kernel's own client (timer, announcements), never a destination.</summary>
        internal const int SystemClient = 0;
    }
}
