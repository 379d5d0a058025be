using System.Text;

namespace Pix2Midi.Video.Files;

/// <summary>Reads the four-character codes OpenCV reports as a <see cref="double"/>.</summary>
internal static class FourCc
{
    /// <summary>The code OpenCV reports as <paramref name="reported"/>, as the 32-bit number it stands for.</summary>
    /// <remarks>OpenCV packs the first character in the lowest byte; negative codes (-1) come back as 0xFFFFFFFF.</remarks>
    public static uint FromReported(double reported) =>
        double.IsFinite(reported) && reported >= int.MinValue && reported <= uint.MaxValue
            ? unchecked((uint)(long)reported)
            : 0;

    /// <summary>Packs four characters the way OpenCV does.</summary>
    public static uint Pack(char a, char b, char c, char d) =>
        (byte)a | ((uint)(byte)b << 8) | ((uint)(byte)c << 16) | ((uint)(byte)d << 24);

    /// <summary>
    /// The code as text: printable characters as they are, others as <c>\xNN</c>, trailing spaces
    /// and NULs dropped; empty when nothing printable is left.
    /// </summary>
    public static string ToText(uint code)
    {
        var text = new StringBuilder(4);
        for (var shift = 0; shift < 32; shift += 8)
        {
            var b = (byte)(code >> shift);
            if (b is >= 0x20 and < 0x7F)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append($"\\x{b:x2}");
            }
        }

        var result = text.ToString();
        while (result.EndsWith(' ') || result.EndsWith("\\x00", StringComparison.Ordinal))
        {
            result = result.EndsWith(' ') ? result[..^1] : result[..^4];
        }

        return result.TrimStart();
    }
}
