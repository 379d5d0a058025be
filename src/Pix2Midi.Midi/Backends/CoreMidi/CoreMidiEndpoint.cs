namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>A CoreMIDI destination as enumerated now.</summary>
/// <param name="Ref">Its MIDIEndpointRef (valid in this process only).</param>
/// <param name="Name">What users see: kMIDIPropertyDisplayName ("IAC Driver Bus 1"), else kMIDIPropertyName.</param>
/// <param name="UniqueId">kMIDIPropertyUniqueID: stable across launches for hardware and IAC buses; 0 if unknown.</param>
internal readonly record struct CoreMidiEndpoint(uint Ref, string Name, int UniqueId);
