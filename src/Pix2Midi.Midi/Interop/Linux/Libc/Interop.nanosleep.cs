using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>
        /// <c>int nanosleep(const struct timespec *req, struct timespec *rem)</c>: sleeps on the
        /// monotonic clock to the nanosecond asked (a real-time thread gets no timer slack).
        /// </summary>
        /// <returns>0, or -1 when a signal ended the sleep early (the caller checks the clock anyway).</returns>
        [LibraryImport(Libraries.Libc, EntryPoint = "nanosleep")]
        [SupportedOSPlatform("linux")]
        internal static partial int NanoSleep(in Timespec request, nint remaining);
    }
}
