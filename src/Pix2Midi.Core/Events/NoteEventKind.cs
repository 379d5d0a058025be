namespace Pix2Midi.Core.Events;

/// <summary>The channel messages Pix2Midi emits; each value is the MIDI status nibble.</summary>
public enum NoteEventKind : byte
{
    /// <summary>Note off (0x8n).</summary>
    NoteOff = 0x80,

    /// <summary>Note on (0x9n), always with a velocity of 1 or more.</summary>
    NoteOn = 0x90,

    /// <summary>Control change (0xBn).</summary>
    ControlChange = 0xB0,

    /// <summary>Program change (0xCn): <see cref="NoteEvent.Data1"/> is the program, 0–127; <see cref="NoteEvent.Data2"/> is 0.</summary>
    ProgramChange = 0xC0,
}
