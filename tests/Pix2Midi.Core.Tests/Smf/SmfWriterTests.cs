using Pix2Midi.Core.Events;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Smf;

public class SmfWriterTests
{
    private static readonly SmfTimeBase Ppq960 = new(960);

    // 1/30 s at PPQ 960 and 120 BPM is 64 ticks.
    private static readonly TimeSpan Frame = TimeSpan.FromTicks(333_333);

    private const string ConductorTrack =
        "4D54726B 0000001F" +
        "00 FF 03 08 50 69 78 32 4D 69 64 69" +
        "00 FF 51 03 07 A1 20" +
        "00 FF 58 04 04 02 18 08" +
        "00 FF 2F 00";

    [Fact]
    public void Writes_a_complete_small_file_byte_for_byte()
    {
        NoteEvent[] events =
        [
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 64, 90),
            NoteEvent.NoteOff(Frame, 0, 60),
            NoteEvent.NoteOff(Frame, 0, 64),
        ];

        var bytes = SmfWriter.ToBytes(Ppq960, events);

        var expected =
            "4D546864 00000006 0001 0002 03C0" +
            ConductorTrack +
            "4D54726B 0000001F" +
            "00 FF 03 09" + Hex.Ascii("Channel 1") +
            "00 90 3C 64" +
            "00    40 5A" +
            "40 80 3C 00" +
            "00    40 00" +
            "00 FF 2F 00";
        Assert.Equal(Hex.Format(Hex.Bytes(expected)), Hex.Format(bytes));
    }

    [Fact]
    public void Writes_running_status_for_consecutive_note_ons()
    {
        NoteEvent[] events =
        [
            NoteEvent.NoteOn(TimeSpan.Zero, 2, 60, 100),
            NoteEvent.NoteOn(Frame, 2, 62, 101),
            NoteEvent.NoteOn(Frame * 2, 2, 64, 102),
        ];

        var track = ChannelTrackBody(SmfWriter.ToBytes(Ppq960, events), "Channel 3");

        Assert.Equal(Hex.Format(Hex.Bytes("00 92 3C 64  40 3E 65  40 40 66  00 FF 2F 00")), Hex.Format(track));
    }

    [Fact]
    public void Repeats_the_status_when_it_changes_and_after_the_track_name()
    {
        NoteEvent[] events =
        [
            NoteEvent.ControlChange(TimeSpan.Zero, 0, 1, 64),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOff(Frame, 0, 60),
            NoteEvent.NoteOn(Frame, 0, 60, 90),
            NoteEvent.ControlChange(Frame, 0, 1, 65),
            NoteEvent.ControlChange(Frame, 0, 7, 100),
        ];

        var track = ChannelTrackBody(SmfWriter.ToBytes(Ppq960, events), "Channel 1");

        Assert.Equal(
            Hex.Format(Hex.Bytes("00 B0 01 40  00 90 3C 64  40 80 3C 00  00 90 3C 5A  00 B0 01 41  00 07 64  00 FF 2F 00")),
            Hex.Format(track));
    }

    [Fact]
    public void Writes_a_program_change_as_two_bytes_before_the_first_note_at_tick_0()
    {
        NoteEvent[] events =
        [
            NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOff(Frame, 0, 60),
        ];

        var track = ChannelTrackBody(SmfWriter.ToBytes(Ppq960, events), "Channel 1");

        Assert.Equal(Hex.Format(Hex.Bytes("00 C0 0E  00 90 3C 64  40 80 3C 00  00 FF 2F 00")), Hex.Format(track));
    }

    [Fact]
    public void Writes_running_status_for_program_changes_of_one_data_byte()
    {
        NoteEvent[] events =
        [
            NoteEvent.ProgramChange(TimeSpan.Zero, 1, 38),
            NoteEvent.ProgramChange(Frame, 1, 32),
            NoteEvent.NoteOn(Frame, 1, 45, 90),
            NoteEvent.NoteOff(Frame * 2, 1, 45),
            NoteEvent.ProgramChange(Frame * 2, 1, 33),
        ];

        var track = ChannelTrackBody(SmfWriter.ToBytes(Ppq960, events), "Channel 2");

        Assert.Equal(Hex.Format(Hex.Bytes("00 C1 26  40 20  00 91 2D 5A  40 81 2D 00  00 C1 21  00 FF 2F 00")), Hex.Format(track));
    }

    [Fact]
    public void Puts_each_program_change_in_its_channels_track_and_reads_back_as_written()
    {
        NoteEvent[] events =
        [
            NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14),
            NoteEvent.ProgramChange(TimeSpan.Zero, 1, 38),
            NoteEvent.ProgramChange(TimeSpan.Zero, 9, 0),
            NoteEvent.NoteOn(TimeSpan.Zero, 9, 36, 127),
            NoteEvent.NoteOn(Frame, 1, 45, 90),
            NoteEvent.NoteOff(Frame * 2, 1, 45),
            NoteEvent.NoteOff(Frame * 2, 9, 36),
        ];

        var bytes = SmfWriter.ToBytes(Ppq960, events);
        var file = SmfReader.Read(bytes);

        Assert.Equal(["Channel 1", "Channel 2", "Channel 10"], file.Tracks.Skip(1).Select(t => t.Name));
        Assert.Equal(
            [[(0L, 0xC0, 14)], [(0L, 0xC1, 38), (64L, 0x91, 45), (128L, 0x81, 45)], [(0L, 0xC9, 0), (0L, 0x99, 36), (128L, 0x89, 36)]],
            file.Tracks.Skip(1).Select(t => t.ChannelEvents.Select(e => (e.Tick, (int)e.Status, (int)e.Data1)).ToArray()).ToArray());
        Assert.Contains("00C90000992", Hex.Format(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_only_the_conductor_track_when_there_are_no_events()
    {
        var bytes = SmfWriter.ToBytes(Ppq960, []);

        Assert.Equal(Hex.Format(Hex.Bytes("4D546864 00000006 0001 0001 03C0" + ConductorTrack)), Hex.Format(bytes));
    }

    [Fact]
    public void Writes_one_named_track_per_channel_in_channel_order()
    {
        NoteEvent[] events =
        [
            NoteEvent.NoteOn(TimeSpan.Zero, 9, 36, 100),
            NoteEvent.NoteOn(TimeSpan.Zero, 15, 40, 100),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOff(Frame, 9, 36),
        ];
        var options = new SmfWriteOptions
        {
            SequenceName = "Sunset",
            ChannelNames = new Dictionary<int, string> { [9] = "Drums", [0] = "Lead ♪" },
        };

        var file = SmfReader.Read(SmfWriter.ToBytes(Ppq960, events, options));

        Assert.Equal(["Sunset", "Lead ♪", "Drums", "Channel 16"], file.Tracks.Select(t => t.Name));
        Assert.Equal([0, 9, 15], file.Tracks.Skip(1).Select(t => t.ChannelEvents.First().Channel));
        Assert.Equal(2, file.Tracks[2].ChannelEvents.Count());
    }

    [Fact]
    public void Leaves_out_an_empty_sequence_name()
    {
        var file = SmfReader.Read(SmfWriter.ToBytes(Ppq960, [], new SmfWriteOptions { SequenceName = string.Empty }));

        Assert.Null(file.Tracks[0].Name);
        Assert.Equal(3, file.Tracks[0].Events.Count);
    }

    [Fact]
    public void Keeps_input_order_at_equal_ticks_when_sorting_by_tick()
    {
        NoteEvent[] events =
        [
            NoteEvent.NoteOff(Frame, 0, 60),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOn(Frame, 0, 60, 90),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 64, 100),
            NoteEvent.NoteOff(Frame, 0, 64),
        ];

        var track = ChannelTrackBody(SmfWriter.ToBytes(Ppq960, events), "Channel 1");

        Assert.Equal(
            Hex.Format(Hex.Bytes("00 90 3C 64  00 40 64  40 80 3C 00  00 90 3C 5A  00 80 40 00  00 FF 2F 00")),
            Hex.Format(track));
    }

    [Fact]
    public void Ends_every_track_at_the_end_time_when_it_is_later_than_the_last_event()
    {
        NoteEvent[] events = [NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), NoteEvent.NoteOff(Frame, 0, 60)];
        var options = new SmfWriteOptions { EndTime = TimeSpan.FromSeconds(2) };

        var bytes = SmfWriter.ToBytes(Ppq960, events, options);
        var file = SmfReader.Read(bytes);

        Assert.Equal([3840L, 3840L], file.Tracks.Select(t => t.EndTick));
        Assert.EndsWith(Hex.Format(Hex.Bytes("40 80 3C 00  9D 40 FF 2F 00")), Hex.Format(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_a_track_at_its_last_event_when_the_end_time_is_earlier()
    {
        NoteEvent[] events = [NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), NoteEvent.NoteOff(Frame * 10, 0, 60)];
        var options = new SmfWriteOptions { EndTime = Frame };

        var file = SmfReader.Read(SmfWriter.ToBytes(Ppq960, events, options));

        Assert.Equal([64L, 640L], file.Tracks.Select(t => t.EndTick));
    }

    [Fact]
    public void Writes_a_ten_hour_file_whose_ticks_exceed_32_bits_when_each_gap_fits()
    {
        var events = new List<NoteEvent>();
        for (var hour = 0; hour < 10; hour++)
        {
            events.Add(NoteEvent.NoteOn(TimeSpan.FromHours(hour), 0, 60, 100));
            events.Add(NoteEvent.NoteOff(TimeSpan.FromHours(hour + 1), 0, 60));
        }

        var file = SmfReader.Read(SmfWriter.ToBytes(SmfTimeBase.Fine, events));

        Assert.Equal(2_160_000_000L, file.Tracks[1].EndTick);
        Assert.Equal(TimeSpan.FromHours(10), file.ToTime(file.Tracks[1].ChannelEvents.Last().Tick));
    }

    [Fact]
    public void Bridges_a_gap_between_events_longer_than_a_delta_can_hold_with_empty_text_events()
    {
        // Two hours at 60,000 ticks a second: 432,000,000 ticks, more than one delta's 268,435,455.
        NoteEvent[] events = [NoteEvent.NoteOn(TimeSpan.Zero, 4, 60, 100), NoteEvent.NoteOff(TimeSpan.FromHours(2), 4, 60), NoteEvent.NoteOn(TimeSpan.FromHours(2), 4, 62, 90)];

        var file = SmfReader.Read(SmfWriter.ToBytes(SmfTimeBase.Fine, events));

        var track = file.Tracks[1];
        Assert.Equal([(0L, (byte)0x94, (byte)60, (byte)100), (432_000_000L, (byte)0x84, (byte)60, (byte)0), (432_000_000L, (byte)0x94, (byte)62, (byte)90)], track.ChannelEvents.Select(e => (e.Tick, e.Status, e.Data1, e.Data2)));
        var bridge = Assert.Single(track.Events, e => e.IsMeta && e.MetaType == 0x01);
        Assert.Equal((268_435_455L, 0), (bridge.Tick, bridge.Data.Length));
        Assert.Equal(TimeSpan.FromHours(2), file.ToTime(track.EndTick));
    }

    [Fact]
    public void Bridges_an_end_time_far_from_the_last_event_on_every_track()
    {
        var options = new SmfWriteOptions { EndTime = TimeSpan.FromHours(10) };

        var file = SmfReader.Read(SmfWriter.ToBytes(SmfTimeBase.Fine, [NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 1), NoteEvent.NoteOff(TimeSpan.FromSeconds(1), 0, 60)], options));

        Assert.All(file.Tracks, t => Assert.Equal(2_160_000_000L, t.EndTick));
        Assert.Equal(8, file.Tracks[0].Events.Count(e => e.IsMeta && e.MetaType == 0x01 && e.Data.IsEmpty));
    }

    public static TheoryData<NoteEvent, string> InvalidEvents => new()
    {
        { NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 0), "velocity 0" },
        { NoteEvent.NoteOn(TimeSpan.Zero, 16, 60, 100), "channel 16" },
        { NoteEvent.NoteOn(TimeSpan.Zero, 0, 128, 100), "above 127" },
        { NoteEvent.ControlChange(TimeSpan.Zero, 0, 1, 200), "above 127" },
        { NoteEvent.ProgramChange(TimeSpan.Zero, 0, 128), "above 127" },
        { NoteEvent.ProgramChange(TimeSpan.Zero, 16, 0), "channel 16" },
        { NoteEvent.NoteOff(TimeSpan.FromTicks(-1), 0, 60), "negative time" },
        { new NoteEvent(TimeSpan.Zero, (NoteEventKind)0xE0, 0, 0, 64), "unknown kind" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public void Rejects_events_a_file_cannot_hold_or_that_the_engine_never_makes(NoteEvent invalid, string reason)
    {
        NoteEvent[] events = [NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), invalid];

        var error = Assert.Throws<ArgumentException>(() => SmfWriter.Write(Stream.Null, Ppq960, events, SmfWriteOptions.Default));

        Assert.Contains("Event 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_default_time_base()
    {
        Assert.Throws<ArgumentException>(() => SmfWriter.ToBytes(default, []));
    }

    [Fact]
    public void Leaves_the_stream_open_after_the_file()
    {
        using var stream = new MemoryStream();
        stream.WriteByte(0xAB);

        SmfWriter.Write(stream, Ppq960, [NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100)], null);
        stream.WriteByte(0xCD);

        var bytes = stream.ToArray();
        Assert.Equal(0xAB, bytes[0]);
        Assert.Equal(0xCD, bytes[^1]);
        Assert.Equal(SmfWriter.ToBytes(Ppq960, [NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100)]), bytes[1..^1]);
    }

    /// <summary>The bytes of the track that follow its name meta event, checking the name on the way.</summary>
    private static byte[] ChannelTrackBody(byte[] file, string name)
    {
        const int FirstChannelTrack = 14 + 8 + 31;
        var nameEvent = Hex.Bytes("00 FF 03 " + name.Length.ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + Hex.Ascii(name));
        var bodyStart = FirstChannelTrack + 8 + nameEvent.Length;
        Assert.Equal(Hex.Format(nameEvent), Hex.Format(file.AsSpan(FirstChannelTrack + 8, nameEvent.Length)));
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(FirstChannelTrack + 4));
        return file[bodyStart..(FirstChannelTrack + 8 + length)];
    }
}
