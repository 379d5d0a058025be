using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Jack
    {
        /// <summary>Replaces the function libjack prints its error messages with (stderr by default), for the whole process.</summary>
        /// <param name="callback"><c>void error(const char* message)</c>.</param>
        [LibraryImport(Libraries.Jack, EntryPoint = "jack_set_error_function")]
        internal static unsafe partial void SetErrorFunction(delegate* unmanaged<nint, void> callback);
    }
}
