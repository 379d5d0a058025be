namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>An instrument: a name and zones that each play one sample.</summary>
/// <param name="Name">Up to 19 ASCII characters.</param>
/// <param name="Zones">The zones, each <see cref="Zone.Target"/> a sample index.</param>
public sealed record InstrumentData(string Name, IReadOnlyList<Zone> Zones);
