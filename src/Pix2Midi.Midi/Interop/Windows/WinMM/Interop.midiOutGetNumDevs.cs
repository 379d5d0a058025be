using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary><c>UINT midiOutGetNumDevs(void)</c>: the number of MIDI output devices (loopMIDI ports among them).</summary>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static partial uint midiOutGetNumDevs();
    }
}
