using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary><c>struct timespec { time_t tv_sec; long tv_nsec; }</c>: both the size of a pointer on Linux.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct Timespec
        {
            /// <summary>Whole seconds.</summary>
            public nint Seconds;

            /// <summary>Nanoseconds, 0–999,999,999.</summary>
            public nint Nanoseconds;
        }
    }
}
