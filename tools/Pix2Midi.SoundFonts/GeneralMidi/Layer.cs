using Pix2Midi.SoundFonts.Sf2;

namespace Pix2Midi.SoundFonts.GeneralMidi;

/// <summary>One zone of a General MIDI preset: a voice and the offsets that shape it.</summary>
/// <param name="Voice">The instrument played.</param>
/// <param name="Shape">Preset generators; they add to the instrument's own.</param>
public sealed record Layer(Voice Voice, IReadOnlyList<Generator> Shape);
