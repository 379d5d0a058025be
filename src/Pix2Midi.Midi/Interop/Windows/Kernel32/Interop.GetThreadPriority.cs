using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Kernel32
    {
        /// <summary><c>THREAD_PRIORITY_ERROR_RETURN</c>.</summary>
        internal const int ThreadPriorityErrorReturn = 0x7FFFFFFF;

        /// <summary><c>int GetThreadPriority(HANDLE hThread)</c>.</summary>
        /// <returns>The thread's relative priority, or <see cref="ThreadPriorityErrorReturn"/>.</returns>
        [LibraryImport(Libraries.Kernel32, SetLastError = true)]
        [SupportedOSPlatform("windows")]
        internal static partial int GetThreadPriority(nint hThread);
    }
}
