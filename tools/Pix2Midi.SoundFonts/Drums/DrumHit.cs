namespace Pix2Midi.SoundFonts.Drums;

/// <summary>What one General MIDI drum key plays.</summary>
/// <param name="Key">The key, 35–81.</param>
/// <param name="Name">The GM percussion name (for reading the table).</param>
/// <param name="Sound">The sample.</param>
/// <param name="Semitones">Tuning against the sample's own pitch.</param>
/// <param name="AttenuationDb">How much quieter than the sample's level.</param>
/// <param name="Pan">−500 (left) to 500 (right).</param>
/// <param name="ExclusiveClass">Keys with the same non-zero class cut each other off (hi-hats).</param>
/// <param name="LengthSeconds">When set, the sound is cut short: a full 96 dB fall over this time.</param>
public sealed record DrumHit(int Key, string Name, DrumSound Sound, int Semitones = 0, double AttenuationDb = 0, int Pan = 0, int ExclusiveClass = 0, double? LengthSeconds = null);
