using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>Star colours, in OpenCV's BGR order.</summary>
public static class Palettes
{
    public static readonly Scalar White = new(255, 255, 255);
    public static readonly Scalar WillowGold = new(45, 165, 240);
    public static readonly Scalar RocketHead = new(170, 215, 255);
    public static readonly Scalar RocketTrail = new(50, 110, 190);
    public static readonly Scalar Ember = new(40, 120, 230);

    private static readonly Scalar[] StarColours =
    [
        new(60, 50, 255),   // red
        new(40, 140, 255),  // orange
        new(70, 205, 255),  // gold
        new(90, 255, 110),  // green
        new(255, 235, 90),  // cyan
        new(255, 130, 60),  // blue
        new(255, 90, 200),  // purple
        new(215, 130, 255), // pink
        new(240, 240, 240), // silver
    ];

    public static int Count => StarColours.Length;

    public static Scalar Star(int index) => StarColours[index % StarColours.Length];

    /// <summary>Picks two different star colours.</summary>
    public static (Scalar Primary, Scalar Secondary) PickPair(Pcg32 random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var first = random.Next(0, StarColours.Length);
        var second = (first + random.Next(1, StarColours.Length)) % StarColours.Length;
        return (StarColours[first], StarColours[second]);
    }
}
