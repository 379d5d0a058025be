using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Kernel32
    {
        /// <summary>
        /// <c>DWORD WaitForMultipleObjects(DWORD nCount, const HANDLE *lpHandles, BOOL bWaitAll, DWORD dwMilliseconds)</c>:
        /// with <paramref name="bWaitAll"/> false, returns <c>WAIT_OBJECT_0 + i</c> for the first signalled handle.
        /// </summary>
        /// <remarks>The caller keeps the handles alive (<c>DangerousAddRef</c>) for the call.</remarks>
        [LibraryImport(Libraries.Kernel32, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        internal static unsafe partial uint WaitForMultipleObjects(uint nCount, nint* lpHandles, [MarshalAs(UnmanagedType.Bool)] bool bWaitAll, uint dwMilliseconds);
    }
}
