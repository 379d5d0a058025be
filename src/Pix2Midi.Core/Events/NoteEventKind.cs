namespace Pix2Midi.Core.Events;

/// <summary>
/// The messages Pix2Midi emits: channel messages, whose value is the MIDI status nibble, and the
/// system real-time messages of the MIDI clock (<c>--clock</c>), whose value is the whole status byte.
/// </summary>
/// <remarks>
/// The clock's messages go only to MIDI ports (<see cref="NoteEvent.IsClock"/>): never into a MIDI
/// file, to the synthesizer or as console lines.
/// </remarks>
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

    /// <summary>Timing Clock (0xF8): 24 a quarter note while the clock runs.</summary>
    TimingClock = 0xF8,

    /// <summary>Start (0xFA): the receiver plays from the top, on the next Timing Clock.</summary>
    Start = 0xFA,

    /// <summary>Continue (0xFB): the receiver plays on from where Stop left it.</summary>
    Continue = 0xFB,

    /// <summary>Stop (0xFC): the receiver stops and keeps its position.</summary>
    Stop = 0xFC,
}
