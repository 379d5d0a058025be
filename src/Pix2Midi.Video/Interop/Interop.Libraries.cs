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

        /// <summary>
        /// FFmpeg's container library. A logical name: <c>LibavRuntime</c> resolves it (and the two
        /// below) to one consistent set of versioned files (<c>libavformat.so.59</c>, <c>avformat-59.dll</c>…).
        /// </summary>
        internal const string Avformat = "avformat";

        /// <summary>FFmpeg's codec library (logical name, see <see cref="Avformat"/>).</summary>
        internal const string Avcodec = "avcodec";

        /// <summary>FFmpeg's utility library (logical name, see <see cref="Avformat"/>).</summary>
        internal const string Avutil = "avutil";
    }
}
