using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary><c>MAXERRORLENGTH</c>: the longest error text, in characters, with its NUL.</summary>
        internal const int MaxErrorLength = 256;

        /// <summary><c>MMRESULT midiOutGetErrorTextW(MMRESULT mmrError, LPWSTR pszText, UINT cchText)</c>.</summary>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static unsafe partial MmResult midiOutGetErrorTextW(MmResult mmrError, char* pszText, uint cchText);
    }
}
