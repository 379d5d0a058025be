namespace Pix2Midi.Video.Files;

/// <summary>
/// Converts packed 8-bit BGR to grey with the integer weights OpenCV's <c>cvtColor(BGR2GRAY)</c>
/// uses (BT.601: 0.114 B + 0.587 G + 0.299 R in 15-bit fixed point, rounded), so that a picture
/// converted here has the values <see cref="VideoFileSource"/> gives for it.
/// </summary>
/// <remarks>
/// Checked against OpenCvSharp's runtime on all 2²⁴ colours: equal for every one (the 14-bit
/// weights of OpenCV's scalar code differ by one for about 0.3 % of colours).
/// </remarks>
internal static class BgrToGray
{
    private const int Shift = 15;
    private const int Blue = 3735;
    private const int Green = 19235;
    private const int Red = 9798;
    private const int Half = 1 << (Shift - 1);

    /// <summary>Converts <paramref name="bgr"/> (3 bytes a pixel) into <paramref name="grey"/> (1 byte a pixel).</summary>
    public static void Convert(ReadOnlySpan<byte> bgr, Span<byte> grey)
    {
        if (bgr.Length < grey.Length * 3)
        {
            throw new ArgumentException($"{bgr.Length} bytes of BGR cannot fill {grey.Length} grey pixels.", nameof(bgr));
        }

        for (var i = 0; i < grey.Length; i++)
        {
            var p = i * 3;
            grey[i] = (byte)(((bgr[p] * Blue) + (bgr[p + 1] * Green) + (bgr[p + 2] * Red) + Half) >> Shift);
        }
    }
}
