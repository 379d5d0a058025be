using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class LibSystem
    {
        /// <summary><c>struct mach_timebase_info { uint32_t numer; uint32_t denom; }</c>: 125/3 on Apple silicon, 1/1 on Intel.</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct MachTimebaseInfo
        {
            /// <summary>Numerator of ticks → nanoseconds.</summary>
            public uint Numer;

            /// <summary>Denominator of ticks → nanoseconds.</summary>
            public uint Denom;
        }
    }
}
