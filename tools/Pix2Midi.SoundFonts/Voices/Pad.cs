using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A soft ensemble pad: three gently detuned soft-saw voices that beat slowly, a slow swell.</summary>
public static class Pad
{
    private static readonly int[] Roots = [48, 64, 80];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(Sample).ToArray();
        return font.AddKeySplitInstrument("Pad", samples,
        [
            .. Envelope.Volume(0.35, 20, 0, 1.2),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 350),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root)
    {
        var partials = new List<Partial>();
        for (var h = 1; h <= 14; h++)
        {
            var amplitude = 1.0 / DeterministicMath.Pow(h, 1.7);
            // One-second loop: a cycle offset of ±1 is ±1 Hz, a slow chorus that loops exactly.
            partials.Add(new Partial(h, amplitude, amplitude, 0.1, 0, 0.0));
            partials.Add(new Partial(h, 0.7 * amplitude, 0.7 * amplitude, 0.1, 1, 0.31 * h));
            partials.Add(new Partial(h, 0.7 * amplitude, 0.7 * amplitude, 0.1, -1, 0.57 * h));
        }

        return LoopedTone.Build($"Pad {root}", root, 1.0, 0.01, partials, highestHz: 9000, peak: 0.8);
    }
}
