using OpenCvSharp;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

public sealed class BgrToGrayTests
{
    /// <summary>Every colour converts to what OpenCV's cvtColor makes of it (the converted path of <see cref="VideoFileSource"/>).</summary>
    [Fact]
    public void Every_colour_converts_as_opencv_converts_it()
    {
        const int Colours = 1 << 24;
        var bgr = new byte[Colours * 3];
        for (var i = 0; i < Colours; i++)
        {
            bgr[i * 3] = (byte)i;
            bgr[(i * 3) + 1] = (byte)(i >> 8);
            bgr[(i * 3) + 2] = (byte)(i >> 16);
        }

        var ours = new byte[Colours];
        BgrToGray.Convert(bgr, ours);
        using var source = Mat.FromPixelData(4096, 4096, MatType.CV_8UC3, bgr);
        using var grey = new Mat();
        Cv2.CvtColor(source, grey, ColorConversionCodes.BGR2GRAY);
        grey.GetArray(out byte[] opencv);

        var first = ours.AsSpan().CommonPrefixLength(opencv);
        Assert.True(first == Colours, first == Colours ? null : $"colour {first:x6} (BGR little end first): ours {ours[first]}, OpenCV {opencv[first]}");
    }
}
