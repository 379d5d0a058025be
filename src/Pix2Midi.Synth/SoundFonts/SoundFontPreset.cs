namespace Pix2Midi.Synth.SoundFonts;

/// <summary>One preset of a SoundFont: an instrument (bank 0 in General MIDI) or a drum kit (bank 128).</summary>
/// <param name="Bank">The bank, 0–128.</param>
/// <param name="Program">The program, 0–127.</param>
/// <param name="Name">The name the font gives it (not always the General MIDI name).</param>
public readonly record struct SoundFontPreset(int Bank, int Program, string Name)
{
    /// <summary>The bank and program.</summary>
    public PresetNumber Number => new(Bank, Program);

    /// <inheritdoc />
    public override string ToString() => $"{Number} {Name}";
}
