using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A round electric-style bass: a firm attack that settles into a held, warm tone.</summary>
public static class Bass
{
    private static readonly int[] Roots = [28, 40, 52];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(Sample).ToArray();
        return font.AddKeySplitInstrument("Bass", samples,
        [
            .. Envelope.Volume(0.003, 10, 16, 0.2),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 60),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root)
    {
        double[] steady = [1.0, 0.5, 0.28, 0.14, 0.07, 0.035];
        var partials = new List<Partial>();
        for (var h = 1; h <= 16; h++)
        {
            var held = h <= steady.Length ? steady[h - 1] : 0;
            partials.Add(new Partial(h, held, 1.1 / DeterministicMath.Pow(h, 0.9), 0.2 / (1 + (0.5 * h))));
        }

        return LoopedTone.Build($"Bass {root}", root, 0.1, 0.25, partials, highestHz: 6000, peak: 0.9);
    }
}
