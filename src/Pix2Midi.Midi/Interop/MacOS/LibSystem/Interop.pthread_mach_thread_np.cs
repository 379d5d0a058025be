using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class LibSystem
    {
        /// <summary><c>mach_port_t pthread_mach_thread_np(pthread_t thread)</c>: the thread's Mach port, without a new reference (nothing to release).</summary>
        [LibraryImport(Libraries.LibSystem, EntryPoint = "pthread_mach_thread_np")]
        [SupportedOSPlatform("macos")]
        internal static partial uint PthreadMachThread(nint thread);
    }
}
