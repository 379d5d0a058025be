using OpenCvSharp;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Video.Tests.Cameras;

/// <summary>
/// The colour a camera's frames carry, made from the pictures OpenCV hands over (BGR or BGRA).
/// No test machine has a camera, so the conversion is given pictures made here.
/// </summary>
public class CameraColourTests
{
    [Theory]
    [InlineData(3, 1.0, 0.0, 0.0)]
    [InlineData(3, 0.0, 1.0, 0.0)]
    [InlineData(4, 0.0, 0.0, 1.0)]
    [InlineData(4, 0.5, 0.5, 0.5)]
    public void A_picture_gives_full_range_chroma_of_its_colour(int channels, double red, double green, double blue)
    {
        var scalar = new Scalar(Math.Round(blue * 255), Math.Round(green * 255), Math.Round(red * 255), 255);
        using var picture = new Mat(6, 8, channels == 3 ? MatType.CV_8UC3 : MatType.CV_8UC4, scalar);
        var expected = YuvColour.FromRgb(Math.Round(red * 255) / 255, Math.Round(green * 255) / 255, Math.Round(blue * 255) / 255, fullRange: true);

        var chroma = CameraSource.ChromaOf(picture, channels, []);

        Assert.Equal(2 * 6 * 8, chroma.Length);
        Assert.All(chroma.AsSpan(0, 48).ToArray(), u => Assert.InRange(Math.Abs(u - expected.U), 0, 1));
        Assert.All(chroma.AsSpan(48, 48).ToArray(), v => Assert.InRange(Math.Abs(v - expected.V), 0, 1));
        Assert.Same(chroma, CameraSource.ChromaOf(picture, channels, chroma));
    }
}
