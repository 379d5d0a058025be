namespace Pix2Midi.Cli.Tests.Preview;

/// <summary>One BGR screenshot, read pixel by pixel.</summary>
public sealed class Screenshot(byte[] bgr, int width)
{
    public (int B, int G, int R) this[int x, int y]
    {
        get
        {
            var at = ((y * width) + x) * 3;
            return (bgr[at], bgr[at + 1], bgr[at + 2]);
        }
    }

    public static bool Near((int B, int G, int R) actual, (int B, int G, int R) expected, int tolerance) =>
        Math.Abs(actual.B - expected.B) <= tolerance && Math.Abs(actual.G - expected.G) <= tolerance && Math.Abs(actual.R - expected.R) <= tolerance;
}
