namespace Pix2Midi.Core.Analysis;

/// <summary>
/// Y′CbCr samples as R, G, B (each 0–1), with the ITU-R BT.601 coefficients, in video range
/// (Y 16–235, Cb and Cr 16–240) or full range (0–255). HD video is usually coded with BT.709's
/// coefficients: read with BT.601's, a colour's hue moves by a few degrees, well inside
/// <see cref="ColourKey.DefaultTolerance"/>.
/// </summary>
public static class YuvColour
{
    /// <summary>R, G, B of one sample, not clipped to 0–1.</summary>
    public static (double Red, double Green, double Blue) ToRgb(double y, double u, double v, bool fullRange = false)
    {
        double luma, cb, cr;
        if (fullRange)
        {
            luma = y / 255;
            cb = (u - 128) / 255;
            cr = (v - 128) / 255;
        }
        else
        {
            luma = (y - 16) / 219;
            cb = (u - 128) / 224;
            cr = (v - 128) / 224;
        }

        return (luma + (1.402 * cr), luma - (0.344136 * cb) - (0.714136 * cr), luma + (1.772 * cb));
    }

    /// <summary>Y, U, V (each 0–255, rounded and clipped) of a colour whose channels are 0–1.</summary>
    public static (byte Y, byte U, byte V) FromRgb(double red, double green, double blue, bool fullRange = false)
    {
        var luma = (0.299 * red) + (0.587 * green) + (0.114 * blue);
        var cb = (blue - luma) / 1.772;
        var cr = (red - luma) / 1.402;
        return fullRange
            ? (Byte(luma * 255), Byte(128 + (cb * 255)), Byte(128 + (cr * 255)))
            : (Byte(16 + (luma * 219)), Byte(128 + (cb * 224)), Byte(128 + (cr * 224)));
    }

    private static byte Byte(double value) => (byte)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), 0, 255);
}
