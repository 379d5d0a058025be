using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class LibSystem
    {
        /// <summary><c>kern_return_t mach_timebase_info(mach_timebase_info_t info)</c>: nanoseconds = ticks × numer / denom.</summary>
        [LibraryImport(Libraries.LibSystem)]
        [SupportedOSPlatform("macos")]
        internal static partial int mach_timebase_info(out MachTimebaseInfo info);
    }
}
