using System.Runtime.InteropServices;

namespace Pix2Midi.Video;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>Reads a variable from the C library's environment.</summary>
        /// <param name="name">The variable.</param>
        /// <returns>
        /// A pointer to the value, owned by the C library (never free it), or zero when the variable
        /// is not set. It is returned raw because a string return would be freed by the marshaller.
        /// </returns>
        [LibraryImport(Libraries.Libc, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint GetEnv(string name);
    }
}
