using System.Globalization;

namespace Pix2Midi.Synth.SoundFonts;

/// <summary>A bank and program: where a preset sits in a SoundFont.</summary>
/// <param name="Bank">0–128; 128 holds drum kits.</param>
/// <param name="Program">0–127.</param>
public readonly record struct PresetNumber(int Bank, int Program)
{
    /// <summary>The bank of drum kits, which the drum channel plays.</summary>
    public const int DrumBank = 128;

    /// <summary>Whether this is a drum kit.</summary>
    public bool IsDrumKit => Bank == DrumBank;

    /// <summary><c>bank:program</c>, as FluidSynth lists them (<c>0:48</c>, <c>128:25</c>).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Bank}:{Program}");
}
