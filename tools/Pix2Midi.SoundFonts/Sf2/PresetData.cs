namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>A preset: what a bank and program number select.</summary>
/// <param name="Name">Up to 19 ASCII characters.</param>
/// <param name="Bank">0 for melodic presets, 128 for drum kits.</param>
/// <param name="Program">0–127.</param>
/// <param name="Zones">The zones, each <see cref="Zone.Target"/> an instrument index; their generators add to the instrument's.</param>
public sealed record PresetData(string Name, int Bank, int Program, IReadOnlyList<Zone> Zones);
