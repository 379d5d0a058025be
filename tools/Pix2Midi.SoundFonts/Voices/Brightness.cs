using Pix2Midi.SoundFonts.Sf2;

namespace Pix2Midi.SoundFonts.Voices;

/// <summary>
/// Controller 74 (brightness, "filter cutoff") on every melodic voice: at its reset value, 64, the
/// filter is open as designed; lower values close it, by up to four octaves at 0.
/// </summary>
/// <remarks>
/// FluidSynth has no default modulator for CC 74, so without this the mappings' filter sweeps
/// (fireworks, cc-sweeps) would do nothing. It resets the sound controllers 70–79 to 64, which a
/// bipolar source reads as no change.
/// </remarks>
public static class Brightness
{
    /// <summary>The modulator list every melodic instrument zone carries.</summary>
    public static readonly IReadOnlyList<Modulator> Modulators =
        [Modulator.BipolarController(74, GeneratorType.InitialFilterFc, 4800)];
}
