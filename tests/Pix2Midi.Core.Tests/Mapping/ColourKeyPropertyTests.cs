using System.Globalization;
using FsCheck.Xunit;
using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// Properties of the colour keys a mapping's <c>colour</c> and <c>tolerance</c> become, over
/// generated pixels (three bytes, as an 8-bit picture holds them), hues and tolerances.
/// </summary>
public class ColourKeyPropertyTests
{
    private static readonly string[] HueNames = [.. ColourKey.Names.Select(n => n.Name)];

    private static string Hex(byte red, byte green, byte blue) => string.Create(CultureInfo.InvariantCulture, $"#{red:x2}{green:x2}{blue:x2}");

    /// <summary>A tolerance 0–0.5 from a byte: 0 and 0.5 included.</summary>
    private static double Tolerance(byte step) => step / 255.0 * 0.5;

    /// <summary>A hue anywhere on or off the wheel (−2 to 3), so wrapping is tried both ways.</summary>
    private static double AnyHue(int seed) => (seed / (double)int.MaxValue * 2.5) + 0.5;

    [Property(MaxTest = 500)]
    public bool A_colour_written_as_hex_matches_its_own_pixels(byte red, byte green, byte blue, byte tolerance)
    {
        var key = ColourKey.Parse(Hex(red, green, blue), Tolerance(tolerance))!;

        return key.Matches(red / 255.0, green / 255.0, blue / 255.0);
    }

    [Property(MaxTest = 500)]
    public bool A_hue_key_from_a_coloured_pixel_matches_it_even_with_no_tolerance(byte red, byte green, byte blue)
    {
        var (_, chroma, _) = ColourKey.Hsv(red / 255.0, green / 255.0, blue / 255.0);
        var key = ColourKey.Parse(Hex(red, green, blue), 0)!;

        return chroma < ColourKey.ChromaFloor || (!key.IsWhite && key.Matches(red / 255.0, green / 255.0, blue / 255.0));
    }

    [Property(MaxTest = 500)]
    public bool Hue_distance_wraps_round_the_wheel(int a, int b)
    {
        var (x, y) = (AnyHue(a), AnyHue(b));
        var d = ColourKey.Distance(x, y);

        return Math.Abs(ColourKey.Distance(x, x + 1)) < 1e-9
            && Math.Abs(ColourKey.Distance(x, x - 1)) < 1e-9
            && d.Equals(ColourKey.Distance(y, x))
            && d is >= 0 and <= 0.5
            && Math.Abs(ColourKey.Distance(x + 1, y) - d) < 1e-9;
    }

    [Property(MaxTest = 500)]
    public bool With_no_tolerance_a_hue_key_matches_only_pixels_of_exactly_its_hue(byte name, byte red, byte green, byte blue)
    {
        var key = ColourKey.Parse(HueNames[name % HueNames.Length], 0)!;
        var (hue, chroma, _) = ColourKey.Hsv(red / 255.0, green / 255.0, blue / 255.0);

        return key.Matches(red / 255.0, green / 255.0, blue / 255.0) == (chroma >= ColourKey.ChromaFloor && ColourKey.Distance(hue, key.Hue) == 0);
    }

    [Property(MaxTest = 500)]
    public bool No_pixel_matches_both_white_and_a_hue(byte name, byte hueTolerance, byte whiteTolerance, byte red, byte green, byte blue)
    {
        var hue = ColourKey.Parse(HueNames[name % HueNames.Length], Tolerance(hueTolerance))!;
        var white = ColourKey.Parse("white", Tolerance(whiteTolerance))!;

        return !(hue.Matches(red / 255.0, green / 255.0, blue / 255.0) && white.Matches(red / 255.0, green / 255.0, blue / 255.0));
    }

    [Property(MaxTest = 200)]
    public bool Half_the_wheel_takes_every_coloured_pixel_and_no_grey(byte name, byte red, byte green, byte blue)
    {
        var key = ColourKey.Parse(HueNames[name % HueNames.Length], 0.5)!;
        var (_, chroma, _) = ColourKey.Hsv(red / 255.0, green / 255.0, blue / 255.0);

        return key.Matches(red / 255.0, green / 255.0, blue / 255.0) == chroma >= ColourKey.ChromaFloor;
    }

    [Fact]
    public void Every_name_a_mapping_may_use_is_a_colour_whatever_its_case()
    {
        Assert.All(
            HueNames.Append("white"),
            name =>
            {
                Assert.Equal(name, ColourKey.Parse(name.ToUpperInvariant())?.Name);
                Assert.Equal(name == "white", ColourKey.Parse(name)!.IsWhite);
            });
    }

    [Theory]
    [InlineData("redd")]
    [InlineData("#ff88")]
    [InlineData("#ff88001")]
    [InlineData("#gg0000")]
    [InlineData("ff8800")]
    [InlineData("")]
    public void What_is_not_a_colour_is_refused(string text)
    {
        Assert.Null(ColourKey.Parse(text));
    }
}
