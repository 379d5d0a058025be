using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A drawbar organ: steady footage harmonics and a small key click.</summary>
public static class Organ
{
    private static readonly int[] Roots = [36, 52, 68, 84];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(root => Sample(root, 2000UL + (ulong)root)).ToArray();
        return font.AddKeySplitInstrument("Organ", samples,
        [
            .. Envelope.Volume(0.006, 1, 0, 0.08),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 250),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root, ulong seed)
    {
        // Footages 16', 8', 5 1/3', 4', 2 2/3', 2', 1 3/5', 1'.
        (double Ratio, double Level)[] drawbars = [(0.5, 0.6), (1, 1.0), (1.5, 0.45), (2, 0.55), (3, 0.3), (4, 0.3), (5, 0.12), (8, 0.15)];
        var partials = drawbars.Select((d, i) => new Partial(d.Ratio, d.Level, d.Level, 0.01, Phase: i * 0.13)).ToArray();
        var noise = new NoiseSource(seed);
        double Click(int n) => 0.15 * noise.NextSigned() * DeterministicMath.Exp(-n / (0.0015 * SampleShaper.SampleRate));
        return LoopedTone.Build($"Organ {root}", root, 0.1, 0.01, partials, Click, highestHz: 10500, peak: 0.75);
    }
}
