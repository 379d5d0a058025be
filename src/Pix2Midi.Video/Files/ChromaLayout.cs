namespace Pix2Midi.Video.Files;

/// <summary>
/// How a pixel format whose first plane is 8-bit luma stores its colour: the subsampling each way
/// as a power of two, whether U and V are interleaved in one plane (NV12, NV21) and whether the
/// samples are full range (FFmpeg's <c>yuvj</c> formats).
/// </summary>
/// <param name="ShiftX">Horizontal subsampling, as a power of two.</param>
/// <param name="ShiftY">Vertical subsampling, as a power of two.</param>
/// <param name="Interleaved">U and V alternate in the second plane (U first, or V first when <paramref name="VFirst"/>).</param>
/// <param name="VFirst">In an interleaved plane, V comes before U (NV21).</param>
/// <param name="FullRange">Samples span 0–255.</param>
internal readonly record struct ChromaLayout(int ShiftX, int ShiftY, bool Interleaved, bool VFirst, bool FullRange)
{
    /// <summary>The layout of FFmpeg's pixel format <paramref name="pixelFormat"/>, or null for grey and formats whose first plane is not 8-bit luma.</summary>
    public static ChromaLayout? Of(string pixelFormat) => pixelFormat switch
    {
        "yuv420p" => new(1, 1, false, false, false),
        "yuvj420p" => new(1, 1, false, false, true),
        "yuv422p" => new(1, 0, false, false, false),
        "yuvj422p" => new(1, 0, false, false, true),
        "yuv444p" => new(0, 0, false, false, false),
        "yuvj444p" => new(0, 0, false, false, true),
        "yuv411p" => new(2, 0, false, false, false),
        "yuvj411p" => new(2, 0, false, false, true),
        "yuv440p" => new(0, 1, false, false, false),
        "yuvj440p" => new(0, 1, false, false, true),
        "yuv410p" => new(2, 2, false, false, false),
        "nv12" => new(1, 1, true, false, false),
        "nv21" => new(1, 1, true, true, false),
        _ => null,
    };

    /// <summary>Chroma samples across a frame <paramref name="lumaWidth"/> pixels wide (rounded up, as FFmpeg does).</summary>
    public int Width(int lumaWidth) => -(-lumaWidth >> ShiftX);

    /// <summary>Chroma rows in a frame <paramref name="lumaHeight"/> rows high (rounded up, as FFmpeg does).</summary>
    public int Height(int lumaHeight) => -(-lumaHeight >> ShiftY);

    /// <summary>
    /// The planar format FFmpeg's <c>format</c> filter gives this chroma in, unchanged: the format
    /// itself, or <c>yuv420p</c> for NV12 and NV21 (the same samples, in two planes).
    /// </summary>
    public static string Planar(string pixelFormat) => pixelFormat is "nv12" or "nv21" ? "yuv420p" : pixelFormat;
}
