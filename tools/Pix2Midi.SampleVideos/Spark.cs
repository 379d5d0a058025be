using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>One burning star (or rocket ember): simple per-frame physics with drag and gravity.</summary>
public sealed class Spark
{
    public double X { get; set; }

    public double Y { get; set; }

    public double PreviousX { get; set; }

    public double PreviousY { get; set; }

    public double VelocityX { get; set; }

    public double VelocityY { get; set; }

    public int Age { get; set; }

    public int Life { get; set; }

    /// <summary>Velocity multiplier applied every frame (air drag).</summary>
    public double Drag { get; set; }

    /// <summary>Downward acceleration, pixels per frame squared.</summary>
    public double Gravity { get; set; }

    public Scalar Colour { get; set; }

    /// <summary>Peak brightness multiplier.</summary>
    public double Intensity { get; set; } = 1.0;

    /// <summary>How strongly the star paints its trail into the decaying layer.</summary>
    public double TrailGain { get; set; }

    /// <summary>Star radius in pixels.</summary>
    public double Radius { get; set; } = 1.5;

    /// <summary>True for stars that flicker for their whole life, not only while dying.</summary>
    public bool Glitters { get; set; }

    /// <summary>Frames over which a fresh star cools from white to its colour (0: no white-hot start).</summary>
    public int WhiteHotFrames { get; set; }

    public bool IsAlive => Age < Life;

    public void Step()
    {
        PreviousX = X;
        PreviousY = Y;
        VelocityX *= Drag;
        VelocityY = (VelocityY * Drag) + Gravity;
        X += VelocityX;
        Y += VelocityY;
        Age++;
    }

    /// <summary>Brightness in [0, ~1.3] for the current age, with random flicker as the star dies.</summary>
    public double Brightness(Pcg32 random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var fraction = (double)Age / Life;
        double level;
        if (fraction < 0.08)
        {
            level = 1.0;
        }
        else if (fraction < 0.5)
        {
            level = 1.0 - (0.25 * (fraction - 0.08) / 0.42);
        }
        else
        {
            level = 0.75 * (1.0 - fraction) / 0.5;
        }

        if (Glitters)
        {
            level *= random.Chance(0.4) ? random.Range(0.9, 1.35) : random.Range(0.0, 0.3);
        }
        else if (fraction > 0.45)
        {
            var flickerChance = (fraction - 0.45) / 0.55 * 0.75;
            if (random.Chance(flickerChance))
            {
                level *= random.Range(0.0, 0.35);
            }
        }

        return Math.Max(0.0, level) * Intensity;
    }

    /// <summary>The star's colour at its current age: white-hot at first, then its own colour.</summary>
    public Scalar CurrentColour()
    {
        if (WhiteHotFrames <= 0 || Age >= WhiteHotFrames)
        {
            return Colour;
        }

        var white = 1.0 - ((double)Age / WhiteHotFrames);
        return new Scalar(
            Mix(Colour.Val0, white),
            Mix(Colour.Val1, white),
            Mix(Colour.Val2, white));
    }

    private static double Mix(double channel, double white) => (channel * (1.0 - white)) + (255.0 * white);
}
