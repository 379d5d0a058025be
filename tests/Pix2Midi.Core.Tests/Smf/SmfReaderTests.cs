using Pix2Midi.Core.Events;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Smf;

public class SmfReaderTests
{
    // Offsets in the files built here: header chunk 0–13, first track's chunk header 14–21, its events from 22.
    private const string Header = "4D546864 00000006 0000 0001 0060";

    [Fact]
    public void Reads_running_status_meta_sysex_and_one_byte_messages_and_skips_unknown_chunks()
    {
        var bytes = Hex.Bytes(
            Header +
            Chunk("XFIH", "01 02 03") +
            Chunk("MTrk", "00 FF 03 04" + Hex.Ascii("Lead") +
                "00 C0 05  00 90 3C 64  10 3E 64  00 F0 03 7E 7F F7  08 D0 40  00 FF 51 03 07 A1 20  00 F7 02 01 02  00 FF 2F 00"));

        var file = SmfReader.Read(bytes);

        Assert.Equal(0, file.Format);
        Assert.Equal(96, file.TicksPerQuarter);
        var track = Assert.Single(file.Tracks);
        Assert.Equal("Lead", track.Name);
        Assert.Equal(
            [
                "0 FF 03 4C656164",
                "0 C0 05 00",
                "0 90 3C 64",
                "16 90 3E 64",
                "16 F0 7E7FF7",
                "24 D0 40 00",
                "24 FF 51 07A120",
                "24 F7 0102",
                "24 FF 2F ",
            ],
            track.Events.Select(Describe));
        Assert.Equal(500_000, track.Events[6].MicrosecondsPerQuarter);
        Assert.True(track.Events[^1].IsEndOfTrack);
        Assert.Equal(24, track.EndTick);
    }

    [Fact]
    public void Reads_the_same_file_from_a_stream_as_from_bytes()
    {
        var bytes = SmfWriter.ToBytes(new SmfTimeBase(960), [NoteEvent.NoteOn(TimeSpan.Zero, 3, 60, 100), NoteEvent.NoteOff(TimeSpan.FromSeconds(1), 3, 60)]);
        using var stream = new MemoryStream(bytes);

        var fromStream = SmfReader.Read(stream);
        var fromBytes = SmfReader.Read(bytes);

        Assert.Equal(fromBytes.Tracks.Select(t => t.Name), fromStream.Tracks.Select(t => t.Name));
        Assert.Equal(fromBytes.ChannelEvents.Select(Describe), fromStream.ChannelEvents.Select(Describe));
        Assert.Equal(["0 93 3C 64", "1920 83 3C 00"], fromBytes.ChannelEvents.Select(Describe));
    }

    [Fact]
    public void Follows_tempo_changes_when_converting_ticks_to_time()
    {
        var bytes = Hex.Bytes(
            "4D546864 00000006 0001 0002 03C0" +
            Chunk("MTrk", "00 FF 51 03 07 A1 20  87 40 FF 51 03 03 D0 90  00 FF 2F 00") +
            Chunk("MTrk", "00 90 3C 64  8F 00 80 3C 00  00 FF 2F 00"));

        var file = SmfReader.Read(bytes);

        Assert.Equal(500_000, file.MicrosecondsPerQuarterAt(0));
        Assert.Equal(500_000, file.MicrosecondsPerQuarterAt(959));
        Assert.Equal(250_000, file.MicrosecondsPerQuarterAt(960));
        Assert.Equal(TimeSpan.FromSeconds(0.5), file.ToTime(960));
        Assert.Equal(TimeSpan.FromSeconds(0.75), file.ToTime(1920));
        Assert.Equal(TimeSpan.FromSeconds(0.75), file.ToTime(file.ChannelEvents.Last().Tick));
    }

    [Fact]
    public void Uses_120_bpm_until_the_first_tempo_event()
    {
        var file = SmfReader.Read(Hex.Bytes(Header + Chunk("MTrk", "00 FF 2F 00")));

        Assert.Equal(500_000, file.MicrosecondsPerQuarterAt(1000));
        Assert.Equal(TimeSpan.FromSeconds(1), file.ToTime(192));
    }

    public static TheoryData<string, long, string> BadFiles => new()
    {
        { "52494646 00000006 0000 0001 0060" + Chunk("MTrk", "00 FF 2F 00"), 0, "does not start with \"MThd\"" },
        { "4D54", 2, "truncated" },
        { string.Empty, 0, "truncated" },
        { "4D546864 000000", 7, "truncated" },
        { "4D546864 00000005 0000 0001 0060" + Chunk("MTrk", "00 FF 2F 00"), 4, "at least 6" },
        { "4D546864 00000100 0000 0001 0060" + Chunk("MTrk", "00 FF 2F 00"), 4, "runs past the end of the file" },
        { "4D546864 00000006 0003 0001 0060" + Chunk("MTrk", "00 FF 2F 00"), 8, "format is 3" },
        { "4D546864 00000006 0000 0001 E728" + Chunk("MTrk", "00 FF 2F 00"), 12, "SMPTE" },
        { "4D546864 00000006 0000 0001 0000" + Chunk("MTrk", "00 FF 2F 00"), 12, "division" },
        { Header + "4D54726B 00000010 00 FF 2F 00", 18, "runs past the end of the file" },
        { Header + Chunk("MTrk", "00 FF 2F 00") + "4D 54 72", 26, "truncated" },
        { "4D546864 00000006 0001 0002 0060" + Chunk("MTrk", "00 FF 2F 00"), 10, "declares 2 track(s) but the file holds 1" },
        { Header + Chunk("MTrk", "00 90 3C 64"), 26, "without an end-of-track event" },
        { Header + Chunk("MTrk", "00 90 3C 64  00 80 3C 00  10"), 31, "ends after a delta time" },
        { Header + Chunk("MTrk", "00 90 3C 80  00 FF 2F 00"), 25, "0x80 of a channel message" },
        { Header + Chunk("MTrk", "00 90 BC 40  00 FF 2F 00"), 24, "0xBC of a channel message" },
        { Header + Chunk("MTrk", "00 3C 64  00 FF 2F 00"), 23, "no status" },
        { Header + Chunk("MTrk", "00 90 3C 64  00 FF 01 00  00 3C 00  00 FF 2F 00"), 31, "no status" },
        { Header + Chunk("MTrk", "00 90 3C 64  00 F0 01 F7  00 3C 00  00 FF 2F 00"), 31, "no status" },
        { Header + Chunk("MTrk", "FF FF FF FF 00  FF 2F 00"), 22, "longer than 4 bytes" },
        { Header + Chunk("MTrk", "00 FF 03 10 41  00 FF 2F 00"), 25, "runs past the end of its track chunk" },
        { Header + Chunk("MTrk", "00 90 3C"), 24, "truncated inside a channel message" },
        { Header + Chunk("MTrk", "00 F0 85"), 24, "truncated inside a sysex event length" },
        { Header + Chunk("MTrk", "00 FF 80 00  00 FF 2F 00"), 24, "meta event type 0x80" },
        { Header + Chunk("MTrk", "00 FF 2F 00  00"), 26, "1 byte(s) after its end-of-track event" },
        { Header + Chunk("MTrk", "00 FF 2F 01 00"), 25, "length of 1" },
        { Header + Chunk("MTrk", "00 F8  00 FF 2F 00"), 23, "cannot appear in a file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Rejects_a_malformed_file_saying_what_is_wrong_and_where(string hex, long offset, string problem)
    {
        var error = Assert.Throws<SmfFormatException>(() => SmfReader.Read(Hex.Bytes(hex)));

        Assert.Equal(offset, error.Offset);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains($"at byte {offset}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_every_truncation_of_a_valid_file_with_a_format_exception()
    {
        var bytes = SampleFile();

        for (var length = 0; length < bytes.Length; length++)
        {
            var cut = bytes[..length];
            Assert.Throws<SmfFormatException>(() => SmfReader.Read(cut));
        }
    }

    [Fact]
    public void Reads_or_rejects_every_one_byte_corruption_but_never_fails_otherwise()
    {
        var bytes = SampleFile();

        foreach (var value in new byte[] { 0x00, 0x01, 0x2F, 0x7F, 0x80, 0x90, 0xF0, 0xF7, 0xFF })
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                var corrupt = (byte[])bytes.Clone();
                corrupt[i] = value;
                try
                {
                    SmfReader.Read(corrupt);
                }
                catch (SmfFormatException)
                {
                }
            }
        }
    }

    private static byte[] SampleFile() =>
        SmfWriter.ToBytes(
            new SmfTimeBase(960),
            [
                NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
                NoteEvent.NoteOn(TimeSpan.Zero, 0, 64, 100),
                NoteEvent.ControlChange(TimeSpan.FromSeconds(0.5), 1, 7, 90),
                NoteEvent.NoteOff(TimeSpan.FromSeconds(1), 0, 60),
                NoteEvent.NoteOff(TimeSpan.FromSeconds(100), 0, 64),
            ]);

    private static string Chunk(string type, string bodyHex)
    {
        var body = Hex.Bytes(bodyHex);
        return Hex.Ascii(type) + body.Length.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + Hex.Format(body);
    }

    private static string Describe(SmfEvent e) =>
        e.IsChannelMessage
            ? $"{e.Tick} {e.Status:X2} {e.Data1:X2} {e.Data2:X2}"
            : e.IsMeta
                ? $"{e.Tick} FF {e.MetaType:X2} {Hex.Format(e.Data.Span)}"
                : $"{e.Tick} {e.Status:X2} {Hex.Format(e.Data.Span)}";
}
