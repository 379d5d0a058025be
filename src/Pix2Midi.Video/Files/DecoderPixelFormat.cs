using System.Collections.Frozen;

namespace Pix2Midi.Video.Files;

/// <summary>
/// Which decoder pixel formats hand OpenCV their luma plane first, so that, with RGB conversion
/// off, the single-channel picture OpenCV returns is the luma plane itself.
/// </summary>
/// <remarks>
/// The codes are those OpenCV's FFmpeg backend reports for <c>CAP_PROP_CODEC_PIXEL_FORMAT</c>.
/// Only 8-bit formats with a full-resolution Y (or grey) plane first are listed. Packed YUV
/// (YUY2, UYVY), RGB, and anything deeper than 8 bits (10-bit YUV, 16-bit grey) are not: their
/// first plane is not 8-bit luma, so they go through OpenCV's BGR conversion instead.
/// </remarks>
internal static class DecoderPixelFormat
{
    private static readonly FrozenSet<uint> LumaFirst = new[]
    {
        "I420", "IYUV", "YV12", "NV12", "NV21", // 4:2:0 (yuv420p, yuvj420p, nv12, nv21)
        "Y42B", "Y41B", "440P", "444P", // 4:2:2, 4:1:1, 4:4:0, 4:4:4 planar
        "YUV9", "YVU9", // 4:1:0 planar
        "J420", "J422", "J444", // full-range tags some FFmpeg builds report
        "Y800", "GREY", "Y8  ", // 8-bit grey
    }.Select(tag => FourCc.Pack(tag[0], tag[1], tag[2], tag[3])).ToFrozenSet();

    private static readonly FrozenSet<uint> FullRange = new[] { "J420", "J422", "J444" }
        .Select(tag => FourCc.Pack(tag[0], tag[1], tag[2], tag[3])).ToFrozenSet();

    /// <summary>Whether the format <paramref name="code"/> is one of the full-range (JPEG) YUV tags.</summary>
    public static bool IsFullRange(uint code) => FullRange.Contains(code);

    /// <summary>Whether the decoder's first plane, in the format <paramref name="code"/>, is 8-bit luma.</summary>
    public static bool IsLumaFirst(uint code) => LumaFirst.Contains(code);
}
