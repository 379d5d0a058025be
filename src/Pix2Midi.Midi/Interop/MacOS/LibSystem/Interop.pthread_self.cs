using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class LibSystem
    {
        /// <summary><c>pthread_t pthread_self(void)</c>.</summary>
        [LibraryImport(Libraries.LibSystem, EntryPoint = "pthread_self")]
        [SupportedOSPlatform("macos")]
        internal static partial nint PthreadSelf();
    }
}
