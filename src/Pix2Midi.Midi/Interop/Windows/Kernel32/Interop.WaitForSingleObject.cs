using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Kernel32
    {
        /// <summary><c>WAIT_OBJECT_0</c>: the (first) handle was signalled.</summary>
        internal const uint WaitObject0 = 0;

        /// <summary><c>WAIT_FAILED</c>.</summary>
        internal const uint WaitFailed = 0xFFFFFFFF;

        /// <summary><c>INFINITE</c>.</summary>
        internal const uint Infinite = 0xFFFFFFFF;

        /// <summary><c>DWORD WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds)</c>.</summary>
        [LibraryImport(Libraries.Kernel32, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        internal static partial uint WaitForSingleObject(SafeWaitHandle hHandle, uint dwMilliseconds);
    }
}
