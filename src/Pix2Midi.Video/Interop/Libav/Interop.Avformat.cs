using System.Runtime.InteropServices;

namespace Pix2Midi.Video;

internal static partial class Interop
{
    /// <summary>
    /// The libavformat functions the in-process decoder calls. Pointers are raw: the structures
    /// behind them are read only through <c>LibavLayout</c>'s checked offsets.
    /// </summary>
    internal static unsafe partial class Avformat
    {
        /// <summary>The library's version: major &lt;&lt; 16 | minor &lt;&lt; 8 | micro.</summary>
        [LibraryImport(Libraries.Avformat, EntryPoint = "avformat_version")]
        internal static partial uint Version();

        /// <summary>Opens a file and reads its header; frees the context and nulls it on failure.</summary>
        [LibraryImport(Libraries.Avformat, EntryPoint = "avformat_open_input", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int OpenInput(nint* context, string url, nint format, nint* options);

        /// <summary>Reads packets to learn what the header does not say (rates, pixel formats).</summary>
        [LibraryImport(Libraries.Avformat, EntryPoint = "avformat_find_stream_info")]
        internal static partial int FindStreamInfo(nint context, nint* options);

        /// <summary>
        /// The best stream of a type (or the one asked for, when it is usable), with its decoder;
        /// a negative error when there is none.
        /// </summary>
        [LibraryImport(Libraries.Avformat, EntryPoint = "av_find_best_stream")]
        internal static partial int FindBestStream(nint context, int type, int wantedStream, int relatedStream, nint* decoder, int flags);

        /// <summary>The next packet of any stream, in the reused packet; a negative error at the end.</summary>
        [LibraryImport(Libraries.Avformat, EntryPoint = "av_read_frame")]
        internal static partial int ReadFrame(nint context, nint packet);

        /// <summary>Closes the file, frees the context and nulls the pointer.</summary>
        [LibraryImport(Libraries.Avformat, EntryPoint = "avformat_close_input")]
        internal static partial void CloseInput(nint* context);

        /// <summary>
        /// A stream's side data of one type, or zero (libavformat 59 and 60; later ones keep it in the
        /// codec parameters).
        /// </summary>
        [LibraryImport(Libraries.Avformat, EntryPoint = "av_stream_get_side_data")]
        internal static partial nint StreamGetSideData(nint stream, int type, nuint* size);
    }
}
