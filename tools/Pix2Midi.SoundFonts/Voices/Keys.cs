using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A piano-like keys tone: a bright, slightly stretched strike that mellows, then a long fade.</summary>
public static class Keys
{
    private static readonly int[] Roots = [36, 50, 64, 78, 92];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(root => Sample(root, (ulong)root)).ToArray();
        return font.AddKeySplitInstrument("Keys", samples,
        [
            .. Envelope.Volume(0.002, 16, 100, 0.45),
            Generator.Of(GeneratorType.KeynumToVolEnvDecay, -25),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 200),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root, ulong seed)
    {
        // Higher strings are stiffer: more stretch, fewer partials.
        var stiffness = 0.00015 * DeterministicMath.Exp2((root - 60) / 24.0);
        var partials = new List<Partial>();
        for (var h = 1; h <= 28; h++)
        {
            var ratio = h * Math.Sqrt(1 + (stiffness * h * h));
            var strike = 1.0 / DeterministicMath.Pow(h, 0.85);
            // The hammer strikes near 1/8 of the string: every 8th harmonic is weak.
            strike *= 0.35 + (0.65 * Math.Abs(DeterministicMath.SinTurns(h / 16.0)));
            var steady = h <= 8 ? 0.55 / (h * h) : 0;
            partials.Add(new Partial(ratio, steady, strike, 0.5 / (1 + (0.45 * h)), Phase: h * 0.1));
        }

        var noise = new NoiseSource(seed);
        var filter = new StateVariableFilter(DeterministicMath.KeyToHertz(root) * 6, 0.8, SampleShaper.SampleRate);
        double Hammer(int n)
        {
            filter.Process(noise.NextSigned());
            return 0.6 * filter.Low * DeterministicMath.Exp(-n / (0.006 * SampleShaper.SampleRate));
        }

        return LoopedTone.Build($"Keys {root}", root, 0.2, 0.35, partials, Hammer, highestHz: 10500, peak: 0.85);
    }
}
