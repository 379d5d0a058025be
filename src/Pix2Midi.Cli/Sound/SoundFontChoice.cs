using Pix2Midi.Synth;
using Pix2Midi.Synth.Native;
using Pix2Midi.Synth.SoundFonts;

namespace Pix2Midi.Cli.Sound;

/// <summary>
/// The SoundFont the built-in synthesizer plays, chosen once per command: <c>--soundfont</c> when
/// given; else a General MIDI SoundFont installed where FluidSynth's packages put one; else
/// Pix2Midi's own small one, shipped beside the program (made by <c>tools/Pix2Midi.SoundFonts</c>).
/// </summary>
/// <param name="Path">The font's file.</param>
/// <param name="Origin">Where it came from, for the summary: "given", "installed", "bundled".</param>
internal sealed record SoundFontChoice(string Path, string Origin)
{
    /// <summary>Pix2Midi's own SoundFont, beside the program.</summary>
    public static string Bundled => System.IO.Path.Combine(AppContext.BaseDirectory, "soundfonts", "pix2midi.sf2");

    /// <summary>The font's name and where it came from, such as <c>FluidR3_GM.sf2 (installed)</c>.</summary>
    public string Describe => $"{System.IO.Path.GetFileName(Path)} ({Origin})";

    /// <summary>Checks that FluidSynth loads and chooses the font, checking it too.</summary>
    /// <param name="requested"><c>--soundfont</c>, or null.</param>
    /// <exception cref="SynthException">FluidSynth is missing, or the font is missing or not one it loads: one line.</exception>
    public static SoundFontChoice Choose(string? requested)
    {
        if (FluidSynthLibrary.Load() is { } missing)
        {
            throw new SynthException(missing);
        }

        SoundFontChoice choice;
        if (!string.IsNullOrEmpty(requested))
        {
            choice = new SoundFontChoice(requested, "given");
        }
        else
        {
            var found = SoundFontLocator.Resolve(null, Bundled);
            choice = new SoundFontChoice(found, found == Bundled ? "Pix2Midi's own" : "General MIDI, installed");
        }

        SoundFontFile.Check(choice.Path);
        return choice;
    }
}
