namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary><c>SCHED_OTHER</c>: the normal time-sharing policy.</summary>
        internal const int SchedOther = 0;

        /// <summary><c>SCHED_FIFO</c>: real-time, first in first out; runs before every <see cref="SchedOther"/> thread until it blocks.</summary>
        internal const int SchedFifo = 1;

        /// <summary><c>SCHED_RR</c>: real-time, round robin among threads of the same priority.</summary>
        internal const int SchedRoundRobin = 2;

        /// <summary>
        /// <c>SCHED_RESET_ON_FORK</c>, or-ed into a policy: threads and processes created by this
        /// thread start with the normal policy, so nothing it starts (a decoder, a helper thread)
        /// inherits real-time priority.
        /// </summary>
        internal const int SchedResetOnFork = 0x40000000;

        /// <summary><c>EPERM</c>: not allowed (no <c>RLIMIT_RTPRIO</c> and no <c>CAP_SYS_NICE</c>).</summary>
        internal const int NotPermitted = 1;
    }
}
