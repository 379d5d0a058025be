using System.Runtime.InteropServices;

namespace Pix2Midi.Video;

internal static partial class Interop
{
    /// <summary>The libavutil functions the in-process decoder calls.</summary>
    internal static unsafe partial class Avutil
    {
        /// <summary><c>AVERROR_EOF</c>.</summary>
        internal const int ErrorEof = -('E' | ('O' << 8) | ('F' << 16) | (' ' << 24));

        /// <summary><c>AVERROR(EAGAIN)</c> (EAGAIN is 11 on Linux, 35 on macOS and 11 in FFmpeg's Windows builds).</summary>
        internal static readonly int ErrorAgain = OperatingSystem.IsMacOS() ? -35 : -11;

        /// <summary><c>AV_NOPTS_VALUE</c>: no timestamp.</summary>
        internal const long NoPts = long.MinValue;

        /// <summary><c>AV_LOG_QUIET</c>.</summary>
        internal const int LogQuiet = -8;

        /// <summary><c>AVMEDIA_TYPE_VIDEO</c>.</summary>
        internal const int MediaTypeVideo = 0;

        /// <summary><c>AV_PKT_DATA_DISPLAYMATRIX</c>.</summary>
        internal const int PacketDataDisplayMatrix = 5;

        /// <summary>The library's version: major &lt;&lt; 16 | minor &lt;&lt; 8 | micro.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "avutil_version")]
        internal static partial uint Version();

        /// <summary>FFmpeg's release (<c>5.1.9-0+deb12u1</c>), owned by the library.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_version_info")]
        internal static partial nint VersionInfo();

        /// <summary>Sets the level below which FFmpeg's log is printed (to standard error).</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_log_set_level")]
        internal static partial void LogSetLevel(int level);

        /// <summary>A new frame with no data, or zero.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_frame_alloc")]
        internal static partial nint FrameAlloc();

        /// <summary>Frees a frame and nulls the pointer.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_frame_free")]
        internal static partial void FrameFree(nint* frame);

        /// <summary>Releases a frame's buffers, for reuse.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_frame_unref")]
        internal static partial void FrameUnref(nint frame);

        /// <summary>Sets an entry of an options dictionary, creating it when it is zero.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_dict_set", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int DictSet(nint* dictionary, string key, string value, int flags);

        /// <summary>Frees a dictionary and nulls the pointer.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_dict_free")]
        internal static partial void DictFree(nint* dictionary);

        /// <summary>A pixel format's name (<c>yuv420p</c>), owned by the library, or zero for an unknown one.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_get_pix_fmt_name")]
        internal static partial nint GetPixelFormatName(int format);

        /// <summary>The rotation a 3×3 display matrix describes, in degrees counter-clockwise.</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_display_rotation_get")]
        internal static partial double DisplayRotationGet(nint matrix);

        /// <summary>An option of type image size (<c>video_size</c> of a codec context).</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_opt_get_image_size", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int OptGetImageSize(nint target, string name, int searchFlags, int* width, int* height);

        /// <summary>An option of type pixel format (<c>pixel_format</c> of a codec context).</summary>
        [LibraryImport(Libraries.Avutil, EntryPoint = "av_opt_get_pixel_fmt", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int OptGetPixelFormat(nint target, string name, int searchFlags, int* format);
    }
}
