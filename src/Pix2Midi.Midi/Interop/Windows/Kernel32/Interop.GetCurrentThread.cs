using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Kernel32
    {
        /// <summary><c>HANDLE GetCurrentThread(void)</c>: a pseudo-handle for the calling thread (never closed).</summary>
        [LibraryImport(Libraries.Kernel32)]
        [SupportedOSPlatform("windows")]
        internal static partial nint GetCurrentThread();
    }
}
