using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class LibSystem
    {
        /// <summary><c>uint64_t mach_absolute_time(void)</c>: host ticks, the clock of <c>MIDITimeStamp</c>.</summary>
        [LibraryImport(Libraries.LibSystem)]
        [SupportedOSPlatform("macos")]
        internal static partial ulong mach_absolute_time();
    }
}
