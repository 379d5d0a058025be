using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Kernel32
    {
        /// <summary>
        /// <c>BOOL SetWaitableTimer(HANDLE hTimer, const LARGE_INTEGER *lpDueTime, LONG lPeriod, PTIMERAPCROUTINE pfnCompletionRoutine, LPVOID lpArgToCompletionRoutine, BOOL fResume)</c>.
        /// </summary>
        /// <param name="hTimer">The timer.</param>
        /// <param name="lpDueTime">In 100 ns units; negative means relative to now.</param>
        /// <param name="lPeriod">0: signal once.</param>
        /// <param name="pfnCompletionRoutine">0: no APC.</param>
        /// <param name="lpArgToCompletionRoutine">0.</param>
        /// <param name="fResume">false: do not wake a sleeping machine.</param>
        [LibraryImport(Libraries.Kernel32, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool SetWaitableTimer(
            SafeWaitHandle hTimer,
            in long lpDueTime,
            int lPeriod,
            nint pfnCompletionRoutine,
            nint lpArgToCompletionRoutine,
            [MarshalAs(UnmanagedType.Bool)] bool fResume);
    }
}
