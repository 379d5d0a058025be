namespace Pix2Midi.Cli.Tests.Colour;

/// <summary>A colour mistake in a mapping is one located line, exit code 1, and no MIDI file.</summary>
public sealed class ColourBadInputTests
{
    [Theory]
    [InlineData("\"colour\": \"redd\"", "\"redd\"", "$.regions[0].colour: \"redd\" is not a colour; did you mean \"red\"? allowed: a colour name, red, orange")]
    [InlineData("\"colour\": \"#ff88\"", "\"#ff88\"", "$.regions[0].colour: \"#ff88\" is not a colour; a colour by number needs \"#\" and six hex digits")]
    [InlineData("\"colour\": \"red\", \"tolerance\": 0.7", "0.7", "$.regions[0].tolerance: 0.7 is out of range; allowed: a number from 0 to 0.5")]
    [InlineData("\"measure\": \"darkness\", \"pitch\": \"x\"", "\"x\"", "$.regions[0].pitch: \"pitch\": \"x\" follows the centre of the region's bright pixels, and a region measuring \"darkness\" without a \"colour\" has no bright centre")]
    public void A_colour_mistake_is_one_located_line_and_no_file(string settings, string value, string expected)
    {
        using var temp = new TempDirectory();
        var mapping = temp.File("bad.json");
        var pitched = settings.Contains("pitch", StringComparison.Ordinal) ? string.Empty : "\"note\": 60, ";
        var region = "    { \"name\": \"r\", \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1, \"channel\": 1, " + pitched + settings + " }";
        File.WriteAllText(mapping, "{\n  \"regions\": [\n    // one region\n" + region + "\n  ]\n}\n");
        var column = region.LastIndexOf(value, StringComparison.Ordinal) + 1;

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", mapping, "-o", temp.File("out.mid"));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"error: {mapping}:4:{column}: {expected}", line, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("out.mid")));
    }
}
