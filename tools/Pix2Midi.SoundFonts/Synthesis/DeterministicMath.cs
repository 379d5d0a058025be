namespace Pix2Midi.SoundFonts.Synthesis;

/// <summary>
/// Sine, exponential and logarithm from <c>+ − × ÷</c> and exact scaling only, so that every
/// machine and .NET version computes the same bits and the font's bytes never change.
/// </summary>
/// <remarks>
/// <see cref="Math.Sin(double)"/> and friends call the platform's C library, whose last bit
/// differs between systems; a single differing point would change the file. The series here are
/// accurate to about 1e-12, far below a 16-bit step.
/// </remarks>
public static class DeterministicMath
{
    private const double Ln2 = 0.69314718055994530942;
    private const double TwoPi = 6.28318530717958647693;
    private const double HalfPi = 1.57079632679489661923;
    private const double Pi = 3.14159265358979323846;

    /// <summary>sin(2π·<paramref name="turns"/>).</summary>
    public static double SinTurns(double turns)
    {
        var t = turns - Math.Floor(turns);
        if (t >= 0.5)
        {
            t -= 1;
        }

        var x = t * TwoPi;
        if (x > HalfPi)
        {
            x = Pi - x;
        }
        else if (x < -HalfPi)
        {
            x = -Pi - x;
        }

        var x2 = x * x;
        var term = x;
        var sum = x;
        for (var n = 1; n <= 9; n++)
        {
            term *= -x2 / ((2 * n) * ((2 * n) + 1));
            sum += term;
        }

        return sum;
    }

    /// <summary>e^<paramref name="x"/>; 0 below −700.</summary>
    public static double Exp(double x)
    {
        if (x < -700)
        {
            return 0;
        }

        var k = Math.Round(x / Ln2);
        var r = x - (k * Ln2);
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 16; n++)
        {
            term *= r / n;
            sum += term;
        }

        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>2^<paramref name="x"/>.</summary>
    public static double Exp2(double x) => Exp(x * Ln2);

    /// <summary><paramref name="x"/>^<paramref name="y"/> for positive <paramref name="x"/>.</summary>
    public static double Pow(double x, double y) => Exp2(y * Log2(x));

    /// <summary>log₂ <paramref name="x"/> for positive <paramref name="x"/>.</summary>
    public static double Log2(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        var exponent = Math.ILogB(x);
        var mantissa = Math.ScaleB(x, -exponent);
        if (mantissa > 1.41421356237309504880)
        {
            mantissa /= 2;
            exponent++;
        }

        var s = (mantissa - 1) / (mantissa + 1);
        var s2 = s * s;
        var power = s;
        var sum = 0.0;
        for (var n = 1; n <= 21; n += 2)
        {
            sum += power / n;
            power *= s2;
        }

        return exponent + (2 * sum / Ln2);
    }

    /// <summary>The frequency of a MIDI key in equal temperament, A4 (69) = 440 Hz.</summary>
    public static double KeyToHertz(double key) => 440 * Exp2((key - 69) / 12);

    /// <summary>Seconds as SoundFont timecents, 1200·log₂(s).</summary>
    public static int Timecents(double seconds) => (int)Math.Round(1200 * Log2(seconds));

    /// <summary>A decibel drop as centibels.</summary>
    public static int Centibels(double decibels) => (int)Math.Round(decibels * 10);

    /// <summary>A frequency as SoundFont absolute cents (0 = 8.176 Hz).</summary>
    public static int AbsoluteCents(double hertz) => (int)Math.Round(1200 * Log2(hertz / 8.17579891564371));
}
