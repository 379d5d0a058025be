using System.Runtime.InteropServices;

namespace Pix2Midi.Video;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>
        /// Sets a variable in the C library's environment, the one native code reads with
        /// <c>getenv</c>; on Unix, <see cref="Environment.SetEnvironmentVariable(string, string)"/>
        /// changes only .NET's own copy.
        /// </summary>
        /// <param name="name">The variable.</param>
        /// <param name="value">Its value.</param>
        /// <param name="overwrite">Non-zero to replace an existing value; zero keeps it.</param>
        /// <returns>0 on success, -1 with <c>errno</c> set on failure.</returns>
        /// <remarks>Not safe to call while another thread reads the environment natively.</remarks>
        [LibraryImport(Libraries.Libc, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        internal static partial int SetEnv(string name, string value, int overwrite);
    }
}
