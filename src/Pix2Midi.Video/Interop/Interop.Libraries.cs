namespace Pix2Midi.Video;

/// <summary>Native functions this assembly calls directly, grouped by library.</summary>
internal static partial class Interop
{
    /// <summary>The names of the native libraries the interop declarations load.</summary>
    internal static class Libraries
    {
        /// <summary>
        /// The C library on Linux and macOS. The runtime maps the bare name to the real file
        /// (<c>libc.so.6</c> with glibc), so no version suffix belongs here.
        /// </summary>
        internal const string Libc = "libc";
    }
}
