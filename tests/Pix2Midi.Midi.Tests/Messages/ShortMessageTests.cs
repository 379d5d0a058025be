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
