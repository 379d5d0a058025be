using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A tine electric piano: a round sine body with a short metallic bark on the attack.</summary>
public static class ElectricPiano
{
    private static readonly int[] Roots = [42, 58, 74, 90];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(Sample).ToArray();
        return font.AddKeySplitInstrument("Electric Piano", samples,
        [
            .. Envelope.Volume(0.002, 12, 100, 0.5),
            Generator.Of(GeneratorType.KeynumToVolEnvDecay, -30),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 200),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root)
    {
        Partial[] partials =
        [
            new(1, 1.0, 1.0, 0.1),
            new(2, 0.12, 0.45, 0.08),
            new(3, 0.04, 0.2, 0.05),
            new(4, 0.0, 0.1, 0.04),
            new(7, 0.0, 0.22, 0.02),
            new(11, 0.0, 0.12, 0.012),
            new(14, 0.0, 0.1, 0.008),
        ];
        return LoopedTone.Build($"EPiano {root}", root, 0.1, 0.18, partials, highestHz: 10000, peak: 0.8);
    }
}
