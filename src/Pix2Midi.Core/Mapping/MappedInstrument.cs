namespace Pix2Midi.Core.Mapping;

/// <summary>The instrument a mapping chooses for one MIDI channel: a program change sent before its first note.</summary>
/// <param name="Channel">MIDI channel, 1–16 as users number them.</param>
/// <param name="Program">
/// The program, 0–127 as the program change carries it (General MIDI's tables number them 1–128:
/// program 0 is "1 Acoustic Grand Piano"). On channel 10 it selects a drum kit.
/// </param>
public readonly record struct MappedInstrument(int Channel, int Program)
{
    /// <summary>What it plays: an instrument's name, or on channel 10 a drum kit's (see <see cref="GeneralMidi.Describe"/>).</summary>
    public string Name => GeneralMidi.Describe(Channel, Program);

    /// <summary><c>channel 1: Tubular Bells (15)</c>, with the program as General MIDI numbers it.</summary>
    public override string ToString() => $"channel {Channel}: {Name} ({Program + 1})";
}
