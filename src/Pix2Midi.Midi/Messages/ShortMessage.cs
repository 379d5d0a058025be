using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Messages;

/// <summary>A note event as the bytes a MIDI port carries: status, then one or two data bytes.</summary>
/// <remarks>
/// Every backend starts here: WinMM takes the bytes packed into one integer, CoreMIDI packets
/// and JACK buffers take them as bytes. A program change is two bytes (<c>Cn pp</c>), the clock's
/// system real-time messages one (<c>F8</c>, <c>FA</c>, <c>FB</c>, <c>FC</c>), the other kinds three. Always a full status byte: running status is a
/// file-format and wire economy that OS APIs do not want.
/// </remarks>
public static class ShortMessage
{
    /// <summary>The number of bytes <paramref name="e"/> takes on the wire: 2 for a program change, 1 for the clock's messages, 3 for the others.</summary>
    public static int Length(NoteEvent e) => e.Kind switch
    {
        NoteEventKind.NoteOn or NoteEventKind.NoteOff or NoteEventKind.ControlChange => 3,
        NoteEventKind.ProgramChange => 2,
        NoteEventKind.TimingClock or NoteEventKind.Start or NoteEventKind.Continue or NoteEventKind.Stop => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "not a channel message Pix2Midi sends"),
    };

    /// <summary>Writes the message's bytes into <paramref name="destination"/> (room for <see cref="Length"/> bytes).</summary>
    /// <returns>How many bytes were written.</returns>
    /// <exception cref="ArgumentException">A data byte is above 127 or the channel above 15.</exception>
    public static int Write(NoteEvent e, Span<byte> destination)
    {
        Validate(e);
        var length = Length(e);
        destination[0] = e.Status;
        if (length > 1)
        {
            destination[1] = e.Data1;
        }

        if (length > 2)
        {
            destination[2] = e.Data2;
        }

        return length;
    }

    /// <summary>
    /// The message packed the way <c>midiOutShortMsg</c> wants it: status in the low byte, then
    /// the first and second data bytes (none for a program change, whose one data byte is all; none
    /// at all for the clock's one-byte messages).
    /// </summary>
    public static uint Pack(NoteEvent e)
    {
        Validate(e);
        var length = Length(e);
        var first = length > 1 ? (uint)e.Data1 << 8 : 0;
        var second = length > 2 ? (uint)e.Data2 << 16 : 0;
        return e.Status | first | second;
    }

    /// <summary>All Notes Off (CC 123) then All Sound Off (CC 120) on one channel (0–15).</summary>
    /// <remarks>
    /// The last word a sink sends on each channel it used, whenever it stops. Receivers may ignore
    /// these controllers, so they come after a note-off for every note still sounding, never
    /// instead of them.
    /// </remarks>
    public static NoteEvent[] ChannelReset(TimeSpan time, int channel) =>
    [
        NoteEvent.ControlChange(time, channel, 123, 0),
        NoteEvent.ControlChange(time, channel, 120, 0),
    ];

    private static void Validate(NoteEvent e)
    {
        if (e.Channel > 15 || e.Data1 > 127 || e.Data2 > 127)
        {
            throw new ArgumentException($"Not a valid MIDI message: channel {e.Channel}, data {e.Data1} {e.Data2}.", nameof(e));
        }
    }
}
