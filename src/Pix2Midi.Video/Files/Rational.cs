using System.Globalization;

namespace Pix2Midi.Video.Files;

/// <summary>A fraction as FFmpeg writes time bases and rates (<c>1/15360</c>, <c>30000/1001</c>).</summary>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator; 0 for FFmpeg's "unknown" (<c>0/0</c>).</param>
internal readonly record struct Rational(long Numerator, long Denominator)
{
    /// <summary>The value, as OpenCV's <c>r2d</c> computes it: 0 when either part is 0.</summary>
    public double ToDouble() => Numerator == 0 || Denominator == 0 ? 0 : (double)Numerator / Denominator;

    /// <summary>Reads <c>N/D</c> (or a plain integer); null when it is neither.</summary>
    public static Rational? Parse(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        var numerator = slash < 0 ? text : text[..slash];
        var denominator = slash < 0 ? "1" : text[(slash + 1)..];
        return long.TryParse(numerator.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            && long.TryParse(denominator.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            ? new Rational(n, d)
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
