using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Replaces the function libjack prints its informational messages with (stdout or stderr by default), for the whole process.</summary>
        /// <param name="callback"><c>void info(const char* message)</c>.</param>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_set_info_function")]
        internal static unsafe partial void SetInfoFunction(delegate* unmanaged<nint, void> callback);
    }
}
