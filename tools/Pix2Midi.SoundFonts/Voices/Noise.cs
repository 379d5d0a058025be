using Pix2Midi.SoundFonts.Drums;
using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A looped noise wash for the sound-effect presets (rain, sea, breath, applause).</summary>
public static class Noise
{
    /// <summary>Adds the sample and the instrument; returns the instrument index.</summary>
    public static int Add(FontBuilder font)
    {
        ArgumentNullException.ThrowIfNull(font);
        const int rate = SampleShaper.SampleRate;
        var sample = font.AddSample(SampleShaper.LoopedNoise("Noise Wash", DrumSounds.Wash(0.75), rate / 10, rate / 20, 60));
        return font.AddInstrument("Noise",
        [
            new Zone(sample,
            [
                Generator.Keys(0, 127),
                .. Envelope.Volume(0.2, 20, 0, 0.8),
                // Noise has no pitch to speak of: keys only brighten or darken it a little.
                Generator.Of(GeneratorType.ScaleTuning, 30),
                Generator.Of(GeneratorType.SampleModes, 1),
                Generator.Of(GeneratorType.ReverbEffectsSend, 300),
            ]),
        ]);
    }
}
