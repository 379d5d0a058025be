using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>The short bright bloom at a shell's burst point, drawn only into the glow.</summary>
/// <param name="x">Centre, pixels from the left.</param>
/// <param name="y">Centre, pixels from the top.</param>
/// <param name="radius">Radius at full size, in pixels.</param>
/// <param name="colour">BGR colour at full strength.</param>
public sealed class Flash(double x, double y, double radius, Scalar colour)
{
    public double X { get; } = x;

    public double Y { get; } = y;

    public double Radius { get; } = radius;

    public Scalar Colour { get; } = colour;

    public int Age { get; set; }
}
