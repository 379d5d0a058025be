using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary><c>struct sched_param { int sched_priority; }</c>: 1–99 for the real-time policies, 0 otherwise.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct SchedParam
        {
            /// <summary>The static priority.</summary>
            public int Priority;
        }
    }
}
