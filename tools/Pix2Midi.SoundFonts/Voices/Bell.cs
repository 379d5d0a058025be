using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>
/// A celesta-like bell for the bright notes of a sky: a pure fundamental with bar-like
/// inharmonic partials that flash on the strike and fade, and a long ring.
/// </summary>
public static class Bell
{
    private static readonly int[] Roots = [57, 69, 81, 93];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(Sample).ToArray();
        return font.AddKeySplitInstrument("Bell", samples,
        [
            .. Envelope.Volume(0.001, 7, 100, 2.5),
            Generator.Of(GeneratorType.KeynumToVolEnvDecay, -20),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 300),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root)
    {
        Partial[] partials =
        [
            new(1, 1.0, 1.0, 0.2),
            new(2.0, 0.16, 0.35, 0.25),
            new(2.76, 0.2, 0.55, 0.12),
            new(4.0, 0.04, 0.2, 0.08),
            new(5.4, 0.05, 0.4, 0.05),
            new(8.93, 0.0, 0.25, 0.025),
            new(13.34, 0.0, 0.12, 0.012),
        ];
        return LoopedTone.Build($"Bell {root}", root, 0.25, 0.12, partials, highestHz: 14000, peak: 0.8);
    }
}
