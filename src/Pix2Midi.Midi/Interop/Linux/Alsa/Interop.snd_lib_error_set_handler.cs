using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>Replaces the function libasound prints its own errors with (stderr by default), for the whole process.</summary>
        /// <param name="handler">
        /// <c>void handler(const char* file, int line, const char* function, int err, const char* fmt, ...)</c>.
        /// A fixed-argument function that never reads the variadic part is a valid target on the Linux
        /// x86_64 and arm64 ABIs.
        /// </param>
        /// <returns>0.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_lib_error_set_handler")]
        internal static unsafe partial int LibErrorSetHandler(delegate* unmanaged<nint, int, nint, int, nint, void> handler);
    }
}
