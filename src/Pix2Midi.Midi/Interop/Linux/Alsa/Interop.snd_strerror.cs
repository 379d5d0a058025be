using System.Runtime.InteropServices;

namespace Pix2Midi.Midi;

internal static partial class Interop
{
    internal static partial class Alsa
    {
        /// <summary>The text of an ALSA error code (a negative errno or an ALSA-specific code).</summary>
        /// <param name="error">The code.</param>
        /// <returns>A static UTF-8 string: never free it.</returns>
        [LibraryImport(Libraries.Alsa, EntryPoint = "snd_strerror")]
        internal static partial nint StrError(int error);
    }
}
