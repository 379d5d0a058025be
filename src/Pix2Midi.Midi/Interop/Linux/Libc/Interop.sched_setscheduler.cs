using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>
        /// <c>int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param)</c>:
        /// with <paramref name="pid"/> 0, sets the calling thread's policy only (Linux schedules threads, not processes).
        /// </summary>
        /// <returns>0, or -1 with the error in <see cref="Marshal.GetLastPInvokeError"/>.</returns>
        [LibraryImport(Libraries.Libc, EntryPoint = "sched_setscheduler", SetLastError = true)]
        [SupportedOSPlatform("linux")]
        internal static partial int SchedSetScheduler(int pid, int policy, in SchedParam param);
    }
}
