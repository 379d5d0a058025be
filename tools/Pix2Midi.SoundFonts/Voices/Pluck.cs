using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A plucked string (guitar, harp, koto): bright at the pick, quickly rounder, then a fade.</summary>
public static class Pluck
{
    private static readonly int[] Roots = [40, 52, 64, 76, 88];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(root => Sample(root, 1000UL + (ulong)root)).ToArray();
        return font.AddKeySplitInstrument("Pluck", samples,
        [
            .. Envelope.Volume(0.001, 9, 100, 0.3),
            Generator.Of(GeneratorType.KeynumToVolEnvDecay, -30),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 200),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root, ulong seed)
    {
        var partials = new List<Partial>();
        for (var h = 1; h <= 30; h++)
        {
            // Plucked at a fifth of the length: harmonics 5, 10, 15… are missing.
            var pick = Math.Abs(DeterministicMath.SinTurns(h / 10.0)) / h;
            var steady = h <= 6 ? 0.9 / (h * h) : 0;
            partials.Add(new Partial(h, steady, 1.6 * pick, 0.35 / (1 + (0.6 * h)), Phase: 0.25));
        }

        var noise = new NoiseSource(seed);
        var filter = new StateVariableFilter(3000, 0.7, SampleShaper.SampleRate);
        double Pick(int n)
        {
            filter.Process(noise.NextSigned());
            return 0.25 * filter.High * DeterministicMath.Exp(-n / (0.003 * SampleShaper.SampleRate));
        }

        return LoopedTone.Build($"Pluck {root}", root, 0.1, 0.3, partials, Pick, highestHz: 10500, peak: 0.85);
    }
}
