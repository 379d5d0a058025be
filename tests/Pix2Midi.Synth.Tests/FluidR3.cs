namespace Pix2Midi.Synth.Tests;

/// <summary>Debian's General MIDI font, installed with the <c>fluidsynth</c> program (package fluid-soundfont-gm).</summary>
internal static class FluidR3
{
    public const string Path = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    /// <summary>The font's path; fails (never skips) when the fluidsynth program is there but the font is not.</summary>
    public static string Require()
    {
        Assert.True(File.Exists(Path), $"{Path} is missing: sudo apt install fluid-soundfont-gm");
        return Path;
    }
}
