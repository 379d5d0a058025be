using System.Globalization;
using System.Text;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Streams;

/// <summary>
/// The header line of a YUV4MPEG2 stream (<c>YUV4MPEG2 W640 H360 F30:1 Ip A1:1 Cmono</c>): the
/// frame size and rate travel with the pictures, so nothing has to be probed beforehand.
/// </summary>
/// <param name="Width">Frame width.</param>
/// <param name="Height">Frame height.</param>
/// <param name="Rate">The frame rate the stream announces, if plausible.</param>
/// <param name="Colour">The <c>C</c> parameter (<c>mono</c> for grey), or empty.</param>
internal readonly record struct Y4mHeader(int Width, int Height, FrameRate? Rate, string Colour)
{
    public const string Magic = "YUV4MPEG2";

    /// <summary>Parses one header line, without its newline.</summary>
    /// <returns>The header, or null with <paramref name="problem"/> saying what is wrong.</returns>
    public static Y4mHeader? Parse(ReadOnlySpan<byte> line, out string? problem)
    {
        var text = Encoding.ASCII.GetString(line);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0] != Magic)
        {
            problem = "ffmpeg did not send a YUV4MPEG2 header";
            return null;
        }

        int width = 0, height = 0;
        FrameRate? rate = null;
        var colour = string.Empty;
        foreach (var part in parts.AsSpan(1))
        {
            var value = part.AsSpan(1);
            switch (part[0])
            {
                case 'W':
                    _ = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out width);
                    break;
                case 'H':
                    _ = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out height);
                    break;
                case 'F':
                    var colon = value.IndexOf(':');
                    if (colon > 0
                        && int.TryParse(value[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
                        && int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
                        && numerator > 0 && denominator > 0)
                    {
                        rate = FrameRate.FromReported((double)numerator / denominator);
                    }

                    break;
                case 'C':
                    colour = value.ToString();
                    break;
            }
        }

        if (width <= 0 || height <= 0 || width > Files.VideoFileSource.MaximumDimension || height > Files.VideoFileSource.MaximumDimension)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"the stream has an impossible frame size ({width}×{height})");
            return null;
        }

        problem = null;
        return new Y4mHeader(width, height, rate, colour);
    }
}
