namespace Pix2Midi.Core.Frames;

/// <summary>A frame rate as an exact fraction, such as 30/1 or 30000/1001 (29.97).</summary>
public readonly record struct FrameRate
{
    /// <summary>Creates a rate of <paramref name="numerator"/>/<paramref name="denominator"/> frames a second.</summary>
    public FrameRate(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var divisor = Gcd(numerator, denominator);
        Numerator = numerator / divisor;
        Denominator = denominator / divisor;
    }

    /// <summary>Frames per <see cref="Denominator"/> seconds.</summary>
    public int Numerator { get; }

    /// <summary>Seconds per <see cref="Numerator"/> frames.</summary>
    public int Denominator { get; }

    /// <summary>Frames per second as a floating-point number.</summary>
    public double PerSecond => (double)Numerator / Denominator;

    /// <summary>The duration of one frame.</summary>
    public TimeSpan FrameDuration => TimeSpan.FromTicks((long)Math.Round(TimeSpan.TicksPerSecond * (double)Denominator / Numerator));

    /// <summary>The lowest rate a video may plausibly report (one frame a minute).</summary>
    public const double MinimumPlausible = 1.0 / 60;

    /// <summary>The highest rate a video may plausibly report.</summary>
    public const double MaximumPlausible = 1000;

    /// <summary>
    /// Reads a rate reported as a floating-point number, recognising whole rates (25, 30, 60…)
    /// and the NTSC family (24000/1001, 30000/1001, 60000/1001…).
    /// </summary>
    /// <returns>
    /// The exact rate, or <see langword="null"/> when <paramref name="framesPerSecond"/> is zero,
    /// not a number or outside <see cref="MinimumPlausible"/>..<see cref="MaximumPlausible"/>.
    /// A plausible rate that is neither whole nor NTSC is kept to a thousandth of a frame.
    /// </returns>
    public static FrameRate? FromReported(double framesPerSecond)
    {
        if (!double.IsFinite(framesPerSecond) || framesPerSecond < MinimumPlausible || framesPerSecond > MaximumPlausible)
        {
            return null;
        }

        const double tolerance = 1e-4;
        var whole = Math.Round(framesPerSecond);
        if (whole >= 1 && Math.Abs(framesPerSecond - whole) / whole < tolerance)
        {
            return new FrameRate((int)whole, 1);
        }

        var ntsc = Math.Round(framesPerSecond * 1.001);
        if (ntsc >= 1 && Math.Abs(framesPerSecond - (ntsc * 1000 / 1001)) / framesPerSecond < tolerance)
        {
            return new FrameRate((int)ntsc * 1000, 1001);
        }

        return new FrameRate((int)Math.Round(framesPerSecond * 1000), 1000);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Denominator == 1 ? $"{Numerator} fps" : FormattableString.Invariant($"{PerSecond:0.###} fps ({Numerator}/{Denominator})");

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
