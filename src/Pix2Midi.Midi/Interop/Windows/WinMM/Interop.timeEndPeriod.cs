using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary><c>MMRESULT timeEndPeriod(UINT uPeriod)</c>: undoes one <c>timeBeginPeriod</c> with the same period.</summary>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static partial MmResult timeEndPeriod(uint uPeriod);
    }
}
