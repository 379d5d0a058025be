using System.Runtime.InteropServices;

namespace Pix2Midi.Video;

internal static partial class Interop
{
    /// <summary>The libavcodec functions the in-process decoder calls.</summary>
    internal static unsafe partial class Avcodec
    {
        /// <summary>The library's version: major &lt;&lt; 16 | minor &lt;&lt; 8 | micro.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_version")]
        internal static partial uint Version();

        /// <summary>The registered decoder for a codec id, or zero.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_find_decoder")]
        internal static partial nint FindDecoder(int codecId);

        /// <summary>A codec's short name (<c>h264</c>), owned by the library; never null.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_get_name")]
        internal static partial nint GetName(int codecId);

        /// <summary>A decoding context for <paramref name="codec"/>, or zero.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_alloc_context3")]
        internal static partial nint AllocContext(nint codec);

        /// <summary>Copies a stream's parameters into a context.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_parameters_to_context")]
        internal static partial int ParametersToContext(nint context, nint parameters);

        /// <summary>Opens the decoder; options it used are removed from the dictionary.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_open2")]
        internal static partial int Open(nint context, nint codec, nint* options);

        /// <summary>Frees the context and nulls the pointer.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_free_context")]
        internal static partial void FreeContext(nint* context);

        /// <summary>Hands a packet to the decoder (zero: start draining).</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_send_packet")]
        internal static partial int SendPacket(nint context, nint packet);

        /// <summary>The next decoded frame, into the reused frame (which it unreferences first).</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "avcodec_receive_frame")]
        internal static partial int ReceiveFrame(nint context, nint frame);

        /// <summary>A new empty packet, or zero.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "av_packet_alloc")]
        internal static partial nint PacketAlloc();

        /// <summary>Frees a packet and nulls the pointer.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "av_packet_free")]
        internal static partial void PacketFree(nint* packet);

        /// <summary>
        /// The entry of one type in an array of side data (<c>AVPacketSideData</c>), or zero
        /// (libavcodec 60.31 and later: the display matrix in the codec parameters, FFmpeg 7 on).
        /// </summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "av_packet_side_data_get")]
        internal static partial nint PacketSideDataGet(nint sideData, int count, int type);

        /// <summary>Releases a packet's data and resets it, for reuse.</summary>
        [LibraryImport(Libraries.Avcodec, EntryPoint = "av_packet_unref")]
        internal static partial void PacketUnref(nint packet);
    }
}
