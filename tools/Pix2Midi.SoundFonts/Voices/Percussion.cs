using Pix2Midi.SoundFonts.Sf2;
using Pix2Midi.SoundFonts.Synthesis;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>A pitched drum (melodic tom, taiko, timpani): the kit's tom sample, played across the keyboard.</summary>
public static class Percussion
{
    /// <summary>The key the tom sample sounds at: A2, 110 Hz.</summary>
    private const int TomKey = 45;

    /// <summary>Adds the instrument over the kit's tom sample; returns the instrument index.</summary>
    public static int Add(FontBuilder font, int tomSample)
    {
        ArgumentNullException.ThrowIfNull(font);
        return font.AddInstrument("Melodic Tom",
        [
            new Zone(tomSample,
            [
                Generator.Keys(0, 127),
                Generator.Of(GeneratorType.OverridingRootKey, TomKey),
                Generator.Of(GeneratorType.SampleModes, 0),
                Generator.Of(GeneratorType.ReleaseVolEnv, DeterministicMath.Timecents(1.5)),
                Generator.Of(GeneratorType.ReverbEffectsSend, 200),
            ]),
        ]);
    }
}
