using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary><c>MMRESULT midiOutClose(HMIDIOUT hmo)</c>. Called only by <c>SafeMidiOutHandle</c>.</summary>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static partial MmResult midiOutClose(nint hmo);
    }
}
