using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>
/// A bright sawtooth lead with a delayed vibrato; the brass, reed and synth-lead presets shape it
/// with their own filter and envelope offsets.
/// </summary>
public static class Lead
{
    private static readonly int[] Roots = [40, 56, 72, 88];

    /// <summary>Adds the samples and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var samples = Roots.Select(Sample).ToArray();
        return font.AddKeySplitInstrument("Lead", samples,
        [
            .. Envelope.Volume(0.008, 5, 5, 0.15),
            .. Envelope.Vibrato(0.35, 5.5, 12),
            Generator.Of(GeneratorType.SampleModes, 1),
            Generator.Of(GeneratorType.ReverbEffectsSend, 200),
        ], Brightness.Modulators);
    }

    private static SampleData Sample(int root)
    {
        var partials = new List<Partial>();
        for (var h = 1; h <= 100; h++)
        {
            // A sawtooth, band-limited by highestHz.
            var amplitude = 1.0 / h;
            partials.Add(new Partial(h, amplitude, amplitude, 0.01));
        }

        return LoopedTone.Build($"Lead {root}", root, 0.05, 0.005, partials, highestHz: 8000, peak: 0.7);
    }
}
