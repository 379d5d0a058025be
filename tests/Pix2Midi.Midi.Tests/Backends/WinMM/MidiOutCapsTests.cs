using System.Buffers.Binary;
using Pix2Midi.Midi.Backends.WinMM;

namespace Pix2Midi.Midi.Tests.Backends.WinMM;

public class MidiOutCapsTests
{
    [Theory]
    [InlineData("loopMIDI Port")]
    [InlineData("Microsoft GS Wavetable Synth")]
    [InlineData("")]
    [InlineData("2- USB MIDI Interface")]
    [InlineData("Ünïcödé 🎹 Port")]
    [InlineData("A name of exactly 31 characters")]
    public void Reads_the_name_up_to_its_NUL_and_ignores_what_follows(string name)
    {
        var caps = MidiOutCaps.Parse(Buffer(name));

        Assert.Equal(name, caps.Name);
    }

    [Fact]
    public void Reads_every_field_at_its_offset()
    {
        var caps = MidiOutCaps.Parse(Buffer("loopMIDI Port", technology: 1));

        Assert.Equal(new MidiOutCaps(0x0041, 0x1234, 0x0105, "loopMIDI Port", 1, 0, 0, 0xFFFF, 0x0000_0001), caps);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Reads_the_technology_at_offset_72(ushort technology) =>
        Assert.Equal(technology, MidiOutCaps.Parse(Buffer("Synth", technology)).Technology);

    [Fact]
    public void Keeps_at_most_31_characters_when_a_driver_leaves_out_the_NUL()
    {
        var bytes = Buffer(string.Empty);
        for (var i = 0; i < MidiOutCaps.NameCapacity; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(MidiOutCaps.NameOffset + (i * 2)), 'x');
        }

        Assert.Equal(new string('x', 31), MidiOutCaps.Parse(bytes).Name);
    }

    [Fact]
    public void The_structure_is_84_bytes_as_midiOutGetDevCapsW_is_told() =>
        Assert.Equal(Interop.WinMM.MidiOutCapsWSize, MidiOutCaps.Size);

    [Theory]
    [InlineData(0)]
    [InlineData(83)]
    public void Refuses_a_buffer_shorter_than_the_structure(int length) =>
        Assert.Throws<ArgumentException>(() => MidiOutCaps.Parse(new byte[length]));

    /// <summary>A MIDIOUTCAPSW as midiOutGetDevCapsW writes it, with garbage after the name's NUL.</summary>
    private static byte[] Buffer(string name, ushort technology = 1)
    {
        var bytes = new byte[84];
        bytes.AsSpan().Fill(0xEE);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0), 0x0041);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), 0x1234);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 0x0105);
        var field = bytes.AsSpan(8, 64);
        for (var i = 0; i < 32; i++)
        {
            // Garbage a driver might leave: letters, not NULs, so reading past the NUL would show.
            BinaryPrimitives.WriteUInt16LittleEndian(field[(i * 2)..], 'Z');
        }

        for (var i = 0; i < name.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(field[(i * 2)..], name[i]);
        }

        if (name.Length < 32)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(field[(name.Length * 2)..], 0);
        }

        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(72), technology);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(74), 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(76), 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(78), 0xFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(80), 1);
        return bytes;
    }
}
