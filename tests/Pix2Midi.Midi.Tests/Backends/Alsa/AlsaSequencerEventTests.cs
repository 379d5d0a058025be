using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Alsa;

namespace Pix2Midi.Midi.Tests.Backends.Alsa;

public class AlsaSequencerEventTests
{
    [Fact]
    public void A_note_on_is_type_6_direct_to_subscribers_with_channel_note_and_velocity()
    {
        var ev = Pack(NoteEvent.NoteOn(TimeSpan.FromSeconds(1), channel: 2, note: 60, velocity: 100));

        Assert.Equal(
            [
                6, 0, 0, 253, 0, 0, 0, 0, 0, 0, 0, 0, // type, flags, tag, queue (direct), time
                128, 1, 254, 253,                     // source 128:1, dest subscribers:unknown
                2, 60, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, // channel, note, velocity, off velocity, duration, unused
            ],
            ev);
    }

    [Fact]
    public void A_note_off_is_type_7_with_its_release_velocity_in_the_velocity_byte()
    {
        var ev = Pack(NoteEvent.NoteOff(TimeSpan.Zero, channel: 15, note: 127));

        Assert.Equal(7, ev[0]);
        Assert.Equal(253, ev[3]);
        Assert.Equal([15, 127, 0, 0], ev[16..20]);
        Assert.All(ev[20..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_control_change_is_type_10_with_param_and_value_as_32_bit_little_endian()
    {
        var ev = Pack(NoteEvent.ControlChange(TimeSpan.Zero, channel: 9, controller: 123, value: 127));

        Assert.Equal(10, ev[0]);
        Assert.Equal([128, 1, 254, 253], ev[12..16]);
        Assert.Equal([9, 0, 0, 0], ev[16..20]);
        Assert.Equal([123, 0, 0, 0], ev[20..24]);
        Assert.Equal([127, 0, 0, 0], ev[24..28]);
    }

    [Fact]
    public void A_program_change_is_type_11_with_the_program_as_the_value_and_param_0()
    {
        var ev = Pack(NoteEvent.ProgramChange(TimeSpan.Zero, channel: 9, program: 25));

        Assert.Equal(11, ev[0]);
        Assert.Equal(253, ev[3]);
        Assert.Equal([128, 1, 254, 253], ev[12..16]);
        Assert.Equal([9, 0, 0, 0], ev[16..20]);
        Assert.Equal([0, 0, 0, 0], ev[20..24]);
        Assert.Equal([25, 0, 0, 0], ev[24..28]);
    }

    [Fact]
    public void A_reused_buffer_after_a_control_change_carries_no_parameter_into_a_program_change()
    {
        var ev = new byte[AlsaSequencerEvent.Size];
        AlsaSequencerEvent.Write(NoteEvent.ControlChange(TimeSpan.Zero, 0, 74, 99), 128, 1, ev);

        AlsaSequencerEvent.Write(NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14), 128, 1, ev);

        Assert.Equal(Pack(NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14)), ev);
    }

    [Fact]
    public void Every_byte_is_overwritten_so_a_reused_buffer_carries_nothing_over()
    {
        var ev = new byte[AlsaSequencerEvent.Size];
        Array.Fill(ev, (byte)0xAA);

        AlsaSequencerEvent.Write(NoteEvent.NoteOn(TimeSpan.Zero, 0, 1, 1), 128, 1, ev);

        Assert.Equal(Pack(NoteEvent.NoteOn(TimeSpan.Zero, 0, 1, 1)), ev);
    }

    [Fact]
    public void An_out_of_range_data_byte_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Pack(NoteEvent.NoteOn(TimeSpan.Zero, 0, 128, 1)));
    }

    private static byte[] Pack(NoteEvent message)
    {
        var ev = new byte[AlsaSequencerEvent.Size];
        AlsaSequencerEvent.Write(message, 128, 1, ev);
        return ev;
    }
}
