using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Alsa;
using Pix2Midi.Midi.Backends.CoreMidi;
using Pix2Midi.Midi.Messages;

namespace Pix2Midi.Midi.Tests.Messages;

/// <summary>The MIDI clock's system real-time messages as each backend sends them: one status byte, no channel, no data.</summary>
public class ClockMessageTests
{
    [Theory]
    [InlineData(NoteEventKind.TimingClock, 0xF8)]
    [InlineData(NoteEventKind.Start, 0xFA)]
    [InlineData(NoteEventKind.Continue, 0xFB)]
    [InlineData(NoteEventKind.Stop, 0xFC)]
    public void Each_is_one_status_byte_on_the_wire_and_for_midiOutShortMsg(NoteEventKind kind, int status)
    {
        var message = NoteEvent.Clock(TimeSpan.FromSeconds(1), kind);
        Span<byte> bytes = [0xEE, 0xEE, 0xEE];

        var n = ShortMessage.Write(message, bytes);

        Assert.True(message.IsClock);
        Assert.Equal(1, n);
        Assert.Equal(1, ShortMessage.Length(message));
        Assert.Equal(new byte[] { (byte)status, 0xEE, 0xEE }, bytes.ToArray());
        Assert.Equal((uint)status, ShortMessage.Pack(message));
    }

    [Theory]
    [InlineData(NoteEventKind.TimingClock, 36)]
    [InlineData(NoteEventKind.Start, 30)]
    [InlineData(NoteEventKind.Continue, 31)]
    [InlineData(NoteEventKind.Stop, 32)]
    public void Alsa_sends_the_sequencers_clock_and_queue_control_events_direct_without_data(NoteEventKind kind, int type)
    {
        var ev = new byte[AlsaSequencerEvent.Size];
        ev.AsSpan().Fill(0xEE);

        AlsaSequencerEvent.Write(NoteEvent.Clock(TimeSpan.Zero, kind), 128, 1, ev);

        Assert.Equal([(byte)type, 0, 0, 253], ev[..4]);
        Assert.Equal([128, 1, 254, 253], ev[12..16]);
        Assert.All(ev[16..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void CoreMidi_gets_a_one_byte_packet()
    {
        var bytes = new byte[3];
        var n = ShortMessage.Write(NoteEvent.Clock(TimeSpan.Zero, NoteEventKind.TimingClock), bytes);
        var list = new byte[64];
        var writer = new MidiPacketListWriter(list, alignPackets: false);

        Assert.True(writer.Add(42, bytes.AsSpan(0, n)));

        Assert.Equal(1, writer.Count);
        Assert.Equal(1, BitConverter.ToUInt16(list, MidiPacketListWriter.ListHeaderSize + 8));
        Assert.Equal(0xF8, list[MidiPacketListWriter.ListHeaderSize + MidiPacketListWriter.PacketHeaderSize]);
    }

    [Fact]
    public void A_channel_kind_is_not_a_clock_message()
    {
        Assert.False(NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100).IsClock);
        Assert.Throws<ArgumentOutOfRangeException>(() => NoteEvent.Clock(TimeSpan.Zero, NoteEventKind.NoteOn));
    }
}
