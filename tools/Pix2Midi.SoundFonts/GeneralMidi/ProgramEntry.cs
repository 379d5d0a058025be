namespace Pix2Midi.SoundFonts.GeneralMidi;

/// <summary>One General MIDI program as the font plays it.</summary>
/// <param name="Program">0–127 (the spec's 1–128, less one).</param>
/// <param name="Name">The GM name, shortened to fit the format's 19 characters.</param>
/// <param name="Layers">The voices it sounds; two layers are each 3 dB quieter.</param>
public sealed record ProgramEntry(int Program, string Name, IReadOnlyList<Layer> Layers);
