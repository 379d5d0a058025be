using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Avrt
    {
        /// <summary><c>BOOL AvRevertMmThreadCharacteristics(HANDLE AvrtHandle)</c>: takes the thread out of its MMCSS task; only on the thread that joined it.</summary>
        [LibraryImport(Libraries.Avrt, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool AvRevertMmThreadCharacteristics(nint avrtHandle);
    }
}
