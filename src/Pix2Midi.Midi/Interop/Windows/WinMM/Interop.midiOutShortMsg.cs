using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.WinMM;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary><c>MMRESULT midiOutShortMsg(HMIDIOUT hmo, DWORD dwMsg)</c>: status in the low byte, then data 1, then data 2.</summary>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static partial MmResult midiOutShortMsg(SafeMidiOutHandle hmo, uint dwMsg);
    }
}
