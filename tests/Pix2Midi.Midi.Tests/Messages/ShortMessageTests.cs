using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Messages;

namespace Pix2Midi.Midi.Tests.Messages;

public class ShortMessageTests
{
    [Theory]
    [InlineData(NoteEventKind.NoteOn, 0, 60, 100, 0x00643C90u)]
    [InlineData(NoteEventKind.NoteOn, 9, 36, 127, 0x007F2499u)]
    [InlineData(NoteEventKind.NoteOff, 15, 127, 0, 0x00007F8Fu)]
    [InlineData(NoteEventKind.ControlChange, 1, 123, 0, 0x00007BB1u)]
    [InlineData(NoteEventKind.ProgramChange, 0, 14, 0, 0x00000EC0u)]
    [InlineData(NoteEventKind.ProgramChange, 9, 25, 0, 0x000019C9u)]
    [InlineData(NoteEventKind.ProgramChange, 15, 127, 99, 0x00007FCFu)]
    public void Packs_status_and_data_for_midiOutShortMsg(NoteEventKind kind, int channel, int data1, int data2, uint packed) =>
        Assert.Equal(packed, ShortMessage.Pack(new NoteEvent(TimeSpan.Zero, kind, (byte)channel, (byte)data1, (byte)data2)));

    [Fact]
    public void Writes_three_bytes_with_a_full_status_byte()
    {
        Span<byte> bytes = stackalloc byte[4];

        var n = ShortMessage.Write(NoteEvent.NoteOn(TimeSpan.Zero, 2, 64, 90), bytes);

        Assert.Equal(3, n);
        Assert.Equal(new byte[] { 0x92, 64, 90 }, bytes[..3].ToArray());
    }

    [Theory]
    [InlineData(NoteEventKind.NoteOn, 3)]
    [InlineData(NoteEventKind.NoteOff, 3)]
    [InlineData(NoteEventKind.ControlChange, 3)]
    [InlineData(NoteEventKind.ProgramChange, 2)]
    public void Knows_how_many_bytes_each_kind_takes_on_the_wire(NoteEventKind kind, int length) =>
        Assert.Equal(length, ShortMessage.Length(new NoteEvent(TimeSpan.Zero, kind, 0, 1, 0)));

    [Fact]
    public void Writes_a_program_change_as_status_and_program_and_leaves_the_byte_after_alone()
    {
        Span<byte> bytes = [0xEE, 0xEE, 0xEE];

        var n = ShortMessage.Write(NoteEvent.ProgramChange(TimeSpan.Zero, 9, 25), bytes);

        Assert.Equal(2, n);
        Assert.Equal(new byte[] { 0xC9, 25, 0xEE }, bytes.ToArray());
    }

    [Fact]
    public void Writes_a_program_change_into_exactly_two_bytes()
    {
        Span<byte> bytes = stackalloc byte[2];

        Assert.Equal(2, ShortMessage.Write(NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14), bytes));
        Assert.Equal(new byte[] { 0xC0, 14 }, bytes.ToArray());
    }

    [Fact]
    public void Refuses_a_kind_Pix2Midi_never_sends() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ShortMessage.Length(new NoteEvent(TimeSpan.Zero, (NoteEventKind)0xE0, 0, 0, 64)));

    [Theory]
    [InlineData(16, 60, 1)]
    [InlineData(0, 128, 1)]
    [InlineData(0, 60, 200)]
    public void Refuses_what_is_not_a_MIDI_message(int channel, int data1, int data2) =>
        Assert.Throws<ArgumentException>(() => ShortMessage.Pack(new NoteEvent(TimeSpan.Zero, NoteEventKind.NoteOn, (byte)channel, (byte)data1, (byte)data2)));

    [Fact]
    public void A_channel_reset_is_all_notes_off_then_all_sound_off()
    {
        var reset = ShortMessage.ChannelReset(TimeSpan.Zero, 4);

        Assert.Equal([0x0000_7BB4u, 0x0000_78B4u], reset.Select(ShortMessage.Pack));
    }
}
