using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary><c>int sched_getparam(pid_t pid, struct sched_param *param)</c>: with <paramref name="pid"/> 0, the calling thread's priority.</summary>
        /// <returns>0, or -1 on failure.</returns>
        [LibraryImport(Libraries.Libc, EntryPoint = "sched_getparam", SetLastError = true)]
        [SupportedOSPlatform("linux")]
        internal static partial int SchedGetParam(int pid, out SchedParam param);
    }
}
