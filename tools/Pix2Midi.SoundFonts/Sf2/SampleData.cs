namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>One mono 16-bit sample and its header fields.</summary>
/// <param name="Name">Up to 19 ASCII characters.</param>
/// <param name="Points">The sample points; the writer appends the 46 zero points the format asks for.</param>
/// <param name="SampleRate">Hertz.</param>
/// <param name="OriginalKey">The MIDI key recorded (the root key).</param>
/// <param name="PitchCorrection">Cents to add on playback, −99 to 99.</param>
/// <param name="LoopStart">First looped point, counted from the sample's start.</param>
/// <param name="LoopEnd">One past the last looped point, counted from the sample's start.</param>
public sealed record SampleData(string Name, short[] Points, int SampleRate, byte OriginalKey, sbyte PitchCorrection, int LoopStart, int LoopEnd);
