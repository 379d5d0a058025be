using System.Runtime.InteropServices;

namespace Pix2Midi.Video;

internal static partial class Interop
{
    /// <summary>Linux-only calls into the C library.</summary>
    internal static partial class LinuxLibc
    {
        /// <summary><c>F_SETPIPE_SZ</c>: asks the kernel for a pipe buffer of at least the given size.</summary>
        internal const int SetPipeSize = 1031;

        /// <summary><c>F_GETPIPE_SZ</c>: the pipe buffer's size in bytes.</summary>
        internal const int GetPipeSize = 1032;

        /// <summary>
        /// <c>fcntl(descriptor, command, argument)</c> with an integer argument, as the pipe-size
        /// commands take it.
        /// </summary>
        /// <param name="descriptor">An open file descriptor.</param>
        /// <param name="command"><see cref="SetPipeSize"/> or <see cref="GetPipeSize"/>.</param>
        /// <param name="argument">The size asked for (ignored by <see cref="GetPipeSize"/>).</param>
        /// <returns>The resulting pipe size, or -1 with <c>errno</c> set (EPERM above <c>/proc/sys/fs/pipe-max-size</c>).</returns>
        [LibraryImport(Libraries.Libc, EntryPoint = "fcntl", SetLastError = true)]
        internal static partial int FcntlInt(int descriptor, int command, int argument);
    }
}
