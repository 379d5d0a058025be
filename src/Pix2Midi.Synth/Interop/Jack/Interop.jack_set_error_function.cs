using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary><c>void jack_set_error_function(void (*func)(const char *))</c>: where libjack prints its errors (stderr by default), for the whole process.</summary>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_set_error_function")]
        [SupportedOSPlatform("linux")]
        internal static unsafe partial void SetErrorFunction(delegate* unmanaged<nint, void> callback);
    }
}
