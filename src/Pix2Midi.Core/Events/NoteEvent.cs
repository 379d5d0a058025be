namespace Pix2Midi.Core.Events;

/// <summary>One timestamped channel message on its way to a sink (a MIDI port, a file, the console).</summary>
/// <param name="Time">When it sounds, from the start of the video: a frame's presentation time.</param>
/// <param name="Kind">Note on, note off, control change, program change, or a message of the MIDI clock.</param>
/// <param name="Channel">MIDI channel, 0–15 (shown to users as 1–16).</param>
/// <param name="Data1">Note number or controller number, 0–127.</param>
/// <param name="Data2">Velocity or controller value, 0–127.</param>
public readonly record struct NoteEvent(TimeSpan Time, NoteEventKind Kind, byte Channel, byte Data1, byte Data2)
{
    /// <summary>The status byte: kind and channel.</summary>
    public byte Status => (byte)((byte)Kind | (Channel & 0x0F));

    /// <summary>Whether this is one of the MIDI clock's system real-time messages (status 0xF8–0xFF, no channel, no data).</summary>
    public bool IsClock => (byte)Kind >= 0xF8;

    /// <summary>A message of the MIDI clock: Timing Clock, Start, Continue or Stop.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is a channel message.</exception>
    public static NoteEvent Clock(TimeSpan time, NoteEventKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan((byte)kind, (byte)0xF8, nameof(kind));
        return new(time, kind, 0, 0, 0);
    }

    /// <summary>A note on.</summary>
    public static NoteEvent NoteOn(TimeSpan time, int channel, int note, int velocity) =>
        new(time, NoteEventKind.NoteOn, (byte)channel, (byte)note, (byte)velocity);

    /// <summary>A note off, with release velocity 0.</summary>
    public static NoteEvent NoteOff(TimeSpan time, int channel, int note) =>
        new(time, NoteEventKind.NoteOff, (byte)channel, (byte)note, 0);

    /// <summary>A control change.</summary>
    public static NoteEvent ControlChange(TimeSpan time, int channel, int controller, int value) =>
        new(time, NoteEventKind.ControlChange, (byte)channel, (byte)controller, (byte)value);

    /// <summary>A program change: the instrument a channel plays from now on.</summary>
    public static NoteEvent ProgramChange(TimeSpan time, int channel, int program) =>
        new(time, NoteEventKind.ProgramChange, (byte)channel, (byte)program, 0);
}
