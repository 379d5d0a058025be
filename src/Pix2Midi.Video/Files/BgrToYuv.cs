namespace Pix2Midi.Video.Files;

/// <summary>
/// Converts packed 8-bit BGR (or BGRA) to planar BT.601 Y′CbCr, for the sources whose decoder
/// or camera gives colour only as BGR.
/// </summary>
/// <remarks>
/// <para>
/// Two ranges, so that luma and chroma always agree with the luma a source gives when asked for
/// luma only: <see cref="FullRangeChroma"/> goes with the grey of <see cref="BgrToGray"/> (0–255,
/// the JPEG equations, grey at 128); <see cref="VideoRange"/> gives Y 16–235 and Cb, Cr 16–240,
/// what a decoder's own planes hold for most video.
/// </para>
/// <para>
/// 16-bit fixed point, rounded to nearest: within 0.5 of the exact BT.601 value before rounding,
/// so at most 1 from <see cref="Core.Analysis.YuvColour.FromRgb"/>.
/// </para>
/// </remarks>
internal static class BgrToYuv
{
    private const int Shift = 16;
    private const int Half = 1 << (Shift - 1);
    private const int Grey = 128 << Shift;

    // Full range (JPEG): Cb = 128 − 0.168736 R − 0.331264 G + 0.5 B; Cr = 128 + 0.5 R − 0.418688 G − 0.081312 B.
    private const int FullCbR = -11058;
    private const int FullCbG = -21710;
    private const int FullCbB = 32768;
    private const int FullCrR = 32768;
    private const int FullCrG = -27439;
    private const int FullCrB = -5329;

    // Video range: the same equations scaled by 219/255 (Y, from 16) and 224/255 (Cb, Cr).
    private const int VideoYR = 16829;
    private const int VideoYG = 33039;
    private const int VideoYB = 6416;
    private const int VideoCbR = -9714;
    private const int VideoCbG = -19070;
    private const int VideoCbB = 28784;
    private const int VideoCrR = 28784;
    private const int VideoCrG = -24103;
    private const int VideoCrB = -4681;
    private const int VideoBlack = 16 << Shift;

    /// <summary>Full-range Cb and Cr of <paramref name="u"/>.Length pixels of <paramref name="bgr"/>, <paramref name="channels"/> bytes a pixel (3 or 4).</summary>
    public static void FullRangeChroma(ReadOnlySpan<byte> bgr, int channels, Span<byte> u, Span<byte> v)
    {
        Check(bgr, channels, u.Length, v.Length, u.Length);
        for (var i = 0; i < u.Length; i++)
        {
            var p = i * channels;
            int b = bgr[p], g = bgr[p + 1], r = bgr[p + 2];
            u[i] = Clip(((FullCbR * r) + (FullCbG * g) + (FullCbB * b) + Grey + Half) >> Shift);
            v[i] = Clip(((FullCrR * r) + (FullCrG * g) + (FullCrB * b) + Grey + Half) >> Shift);
        }
    }

    /// <summary>Video-range Y, Cb and Cr of <paramref name="y"/>.Length pixels of <paramref name="bgr"/>, <paramref name="channels"/> bytes a pixel (3 or 4).</summary>
    public static void VideoRange(ReadOnlySpan<byte> bgr, int channels, Span<byte> y, Span<byte> u, Span<byte> v)
    {
        Check(bgr, channels, u.Length, v.Length, y.Length);
        for (var i = 0; i < y.Length; i++)
        {
            var p = i * channels;
            int b = bgr[p], g = bgr[p + 1], r = bgr[p + 2];
            y[i] = Clip(((VideoYR * r) + (VideoYG * g) + (VideoYB * b) + VideoBlack + Half) >> Shift);
            u[i] = Clip(((VideoCbR * r) + (VideoCbG * g) + (VideoCbB * b) + Grey + Half) >> Shift);
            v[i] = Clip(((VideoCrR * r) + (VideoCrG * g) + (VideoCrB * b) + Grey + Half) >> Shift);
        }
    }

    private static void Check(ReadOnlySpan<byte> bgr, int channels, int u, int v, int pixels)
    {
        if (channels is not (3 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "BGR has 3 or 4 bytes a pixel.");
        }

        if (u != pixels || v != pixels || bgr.Length < (long)pixels * channels)
        {
            throw new ArgumentException($"{bgr.Length} bytes of BGR cannot fill planes of {pixels}, {u} and {v} samples.", nameof(bgr));
        }
    }

    private static byte Clip(int value) => (byte)Math.Clamp(value, 0, 255);
}
