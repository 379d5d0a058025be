using System.Buffers.Binary;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi.Tests.Backends.CoreMidi;

public class MidiPacketListWriterTests
{
    private static readonly byte[] NoteOn = [0x90, 60, 100];
    private static readonly byte[] NoteOff = [0x80, 60, 0];
    private static readonly byte[] AllNotesOff = [0xB0, 123, 0];

    [Fact]
    public void An_empty_list_is_a_zero_count()
    {
        var bytes = Filled(32);

        var writer = new MidiPacketListWriter(bytes, alignPackets: true);

        Assert.Equal(0, writer.Count);
        Assert.Equal(4, writer.Length);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
    }

    [Fact]
    public void One_message_is_count_then_timestamp_length_and_data()
    {
        var bytes = Filled(64);
        var writer = new MidiPacketListWriter(bytes, alignPackets: true);

        Assert.True(writer.Add(0x0102_0304_0506_0708, NoteOn));

        byte[] expected =
        [
            1, 0, 0, 0, // numPackets @0
            0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01, // timeStamp @4
            3, 0, // length @12
            0x90, 60, 100, // data @14
        ];
        Assert.Equal(expected, bytes[..17]);
        Assert.Equal(17, writer.Length);
    }

    [Fact]
    public void Messages_at_the_same_time_share_one_packet()
    {
        var bytes = Filled(64);
        var writer = new MidiPacketListWriter(bytes, alignPackets: true);

        Assert.True(writer.Add(1000, NoteOff));
        Assert.True(writer.Add(1000, NoteOn));
        Assert.True(writer.Add(1000, AllNotesOff));

        Assert.Equal(1, writer.Count);
        Assert.Equal(9, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(12)));
        Assert.Equal(new byte[] { 0x80, 60, 0, 0x90, 60, 100, 0xB0, 123, 0 }, bytes[14..23]);
        Assert.Equal(23, writer.Length);
    }

    [Fact]
    public void A_program_change_takes_two_bytes_of_the_packet_ahead_of_the_note_it_sets()
    {
        var bytes = Filled(64);
        var writer = new MidiPacketListWriter(bytes, alignPackets: true);
        var programChange = new byte[3];
        var length = Pix2Midi.Midi.Messages.ShortMessage.Write(Core.Events.NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14), programChange);

        Assert.True(writer.Add(1000, programChange.AsSpan(0, length)));
        Assert.True(writer.Add(1000, NoteOn));

        Assert.Equal(1, writer.Count);
        Assert.Equal(5, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(12)));
        Assert.Equal(new byte[] { 0xC0, 14, 0x90, 60, 100 }, bytes[14..19]);
        Assert.Equal(19, writer.Length);
    }

    [Theory]
    // alignPackets, offset of the second packet
    [InlineData(true, 20)] // ARM: 4 + 10 + 3 = 17, rounded up to 20
    [InlineData(false, 17)] // Intel: right after the data
    public void A_later_message_starts_a_packet_aligned_as_the_CPU_wants(bool alignPackets, int second)
    {
        var bytes = Filled(64);
        var writer = new MidiPacketListWriter(bytes, alignPackets);

        writer.Add(1000, NoteOn);
        writer.Add(2000, NoteOff);

        Assert.Equal(2, writer.Count);
        Assert.Equal(2000UL, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(second)));
        Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(second + 8)));
        Assert.Equal(NoteOff, bytes[(second + 10)..(second + 13)]);
        Assert.Equal(second + 13, writer.Length);
    }

    [Fact]
    public void An_already_aligned_packet_gets_no_padding()
    {
        var bytes = Filled(64);
        var writer = new MidiPacketListWriter(bytes, alignPackets: true);

        writer.Add(1000, [0x90, 60, 100, 0x90, 64, 100]); // 4 + 10 + 6 = 20
        writer.Add(2000, NoteOff);

        Assert.Equal(2000UL, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public void SysEx_never_shares_a_packet()
    {
        var bytes = Filled(64);
        var writer = new MidiPacketListWriter(bytes, alignPackets: false);

        writer.Add(1000, NoteOn);
        writer.Add(1000, [0xF0, 0x7E, 0xF7]);
        writer.Add(1000, NoteOff);

        Assert.Equal(3, writer.Count);
    }

    [Theory]
    [InlineData(16, false)] // 4 + 10 + 3 = 17 bytes needed
    [InlineData(17, true)]
    public void Refuses_a_message_the_list_has_no_room_for(int size, bool fits)
    {
        var writer = new MidiPacketListWriter(new byte[size], alignPackets: true);

        Assert.Equal(fits, writer.Add(1, NoteOn));
        Assert.Equal(fits ? 1 : 0, writer.Count);
    }

    [Fact]
    public void A_full_list_is_left_as_it_was()
    {
        var bytes = Filled(20);
        var writer = new MidiPacketListWriter(bytes, alignPackets: true);
        writer.Add(1, NoteOn);

        Assert.False(writer.Add(2, NoteOff));
        Assert.False(writer.Add(1, [0x90, 61, 1, 0x90, 62, 1]));

        Assert.Equal(1, writer.Count);
        Assert.Equal(17, writer.Length);
        Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(12)));
    }

    [Fact]
    public void Follows_this_CPU_as_MIDIPacketNext_does() =>
        Assert.Equal(
            System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture is System.Runtime.InteropServices.Architecture.Arm64,
            MidiPacketListWriter.AlignsPacketsHere);

    private static byte[] Filled(int size)
    {
        var bytes = new byte[size];
        bytes.AsSpan().Fill(0xCC);
        return bytes;
    }
}
