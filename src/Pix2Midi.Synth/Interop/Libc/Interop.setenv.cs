using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Pix2Midi.Synth;

internal static partial class Interop
{
    internal static partial class Libc
    {
        /// <summary>
        /// <c>int setenv(const char *name, const char *value, int overwrite)</c>: sets a variable in
        /// the C library's environment, the one native code reads with <c>getenv</c> (changes made
        /// through <see cref="Environment.SetEnvironmentVariable(string, string)"/> never reach it on Unix).
        /// </summary>
        /// <returns>0, or -1 on failure.</returns>
        [LibraryImport(Libraries.Libc, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
        [UnsupportedOSPlatform("windows")]
        internal static partial int SetEnv(string name, string value, int overwrite);
    }
}
