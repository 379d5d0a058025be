using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary>
        /// <c>MMRESULT timeBeginPeriod(UINT uPeriod)</c>: raises the system timer resolution to
        /// <paramref name="uPeriod"/> ms until the matching <c>timeEndPeriod</c>. Only used when a
        /// high-resolution waitable timer is not available (Windows before 10 1803).
        /// </summary>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static partial MmResult timeBeginPeriod(uint uPeriod);
    }
}
