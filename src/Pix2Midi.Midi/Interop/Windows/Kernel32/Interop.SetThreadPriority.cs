using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Kernel32
    {
        /// <summary><c>THREAD_PRIORITY_TIME_CRITICAL</c>: 15 in a normal-priority process, the top of the dynamic range; no privilege needed.</summary>
        internal const int ThreadPriorityTimeCritical = 15;

        /// <summary><c>BOOL SetThreadPriority(HANDLE hThread, int nPriority)</c>.</summary>
        [LibraryImport(Libraries.Kernel32, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool SetThreadPriority(nint hThread, int nPriority);
    }
}
