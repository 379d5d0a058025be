using System.Runtime.InteropServices;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>
        /// <c>int snd_lib_error_set_handler(snd_lib_error_handler_t handler)</c>: where libasound prints
        /// its own errors (stderr by default), for the whole process. The handler is variadic
        /// (<c>file, line, function, err, fmt, ...</c>); a fixed-argument function that never reads
        /// the variadic part is a valid target on the Linux x86_64 and arm64 ABIs.
        /// </summary>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_lib_error_set_handler")]
        internal static unsafe partial int LibErrorSetHandler(delegate* unmanaged<nint, int, nint, int, nint, void> handler);
    }
}
