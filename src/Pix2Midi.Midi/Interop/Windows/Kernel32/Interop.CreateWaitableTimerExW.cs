using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Kernel32
    {
        /// <summary><c>CREATE_WAITABLE_TIMER_HIGH_RESOLUTION</c>: a timer with sub-millisecond resolution (Windows 10 1803 and later).</summary>
        internal const uint CreateWaitableTimerHighResolution = 0x2;

        /// <summary><c>TIMER_ALL_ACCESS</c>.</summary>
        internal const uint TimerAllAccess = 0x1F0003;

        /// <summary><c>ERROR_INVALID_PARAMETER</c>: what older Windows answers to <see cref="CreateWaitableTimerHighResolution"/>.</summary>
        internal const int ErrorInvalidParameter = 87;

        /// <summary>
        /// <c>HANDLE CreateWaitableTimerExW(LPSECURITY_ATTRIBUTES lpTimerAttributes, LPCWSTR lpTimerName, DWORD dwFlags, DWORD dwDesiredAccess)</c>.
        /// Returns an invalid handle on failure (see <see cref="Marshal.GetLastPInvokeError"/>).
        /// </summary>
        /// <param name="lpTimerAttributes">0: default security, not inherited.</param>
        /// <param name="lpTimerName">0: an unnamed timer.</param>
        /// <param name="dwFlags"><see cref="CreateWaitableTimerHighResolution"/> or 0.</param>
        /// <param name="dwDesiredAccess"><see cref="TimerAllAccess"/>.</param>
        [LibraryImport(Libraries.Kernel32, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        internal static partial SafeWaitHandle CreateWaitableTimerExW(nint lpTimerAttributes, nint lpTimerName, uint dwFlags, uint dwDesiredAccess);
    }
}
