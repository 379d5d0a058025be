using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary><c>sizeof(MIDIOUTCAPSW)</c>: 84 bytes (see <c>Backends.WinMM.MidiOutCaps</c> for the layout).</summary>
        internal const int MidiOutCapsWSize = 84;

        /// <summary><c>MMRESULT midiOutGetDevCapsW(UINT_PTR uDeviceID, LPMIDIOUTCAPSW pmoc, UINT cbmoc)</c>.</summary>
        /// <param name="uDeviceID">The device index, 0 to <c>midiOutGetNumDevs() - 1</c>.</param>
        /// <param name="pmoc">A buffer of <paramref name="cbmoc"/> bytes receiving a MIDIOUTCAPSW.</param>
        /// <param name="cbmoc">The buffer's size: <see cref="MidiOutCapsWSize"/>.</param>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static unsafe partial MmResult midiOutGetDevCapsW(nuint uDeviceID, byte* pmoc, uint cbmoc);
    }
}
