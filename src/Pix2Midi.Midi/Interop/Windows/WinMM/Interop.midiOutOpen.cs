using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Pix2Midi.Midi.Backends.WinMM;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class WinMM
    {
        /// <summary><c>CALLBACK_NULL</c>: no callback; Pix2Midi only sends short messages.</summary>
        internal const uint CallbackNull = 0;

        /// <summary>
        /// <c>MMRESULT midiOutOpen(LPHMIDIOUT phmo, UINT uDeviceID, DWORD_PTR dwCallback, DWORD_PTR dwInstance, DWORD fdwOpen)</c>.
        /// </summary>
        /// <param name="phmo">The open device; its handle is closed with <c>midiOutClose</c> when disposed.</param>
        /// <param name="uDeviceID">The device index.</param>
        /// <param name="dwCallback">0 with <see cref="CallbackNull"/>.</param>
        /// <param name="dwInstance">0.</param>
        /// <param name="fdwOpen"><see cref="CallbackNull"/>.</param>
        [LibraryImport(Libraries.WinMM)]
        [SupportedOSPlatform("windows")]
        internal static partial MmResult midiOutOpen(out SafeMidiOutHandle phmo, uint uDeviceID, nuint dwCallback, nuint dwInstance, uint fdwOpen);
    }
}
