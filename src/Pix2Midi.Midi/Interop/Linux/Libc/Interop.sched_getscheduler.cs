using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary><c>int sched_getscheduler(pid_t pid)</c>: with <paramref name="pid"/> 0, the calling thread's policy, <see cref="SchedResetOnFork"/> or-ed in when set.</summary>
        /// <returns>The policy, or -1 on failure.</returns>
        [LibraryImport(Libraries.Libc, EntryPoint = "sched_getscheduler", SetLastError = true)]
        [SupportedOSPlatform("linux")]
        internal static partial int SchedGetScheduler(int pid);
    }
}
