using System.Globalization;
using FsCheck.Xunit;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Smf;

/// <summary>
/// The MIDI file writer and reader over generated event lists: whatever goes in comes back out
/// (ticks, channels, notes, velocities, controllers, tempo, names, end of track), and the
/// independent reader <c>midicsv</c> reads every file the same way.
/// </summary>
/// <remarks>
/// FsCheck draws a time-base choice, gaps between events (in 100 ns units) and the bytes that
/// shape each event, and shrinks them when a property fails.
/// </remarks>
public class SmfPropertyTests
{
    private static readonly SmfTimeBase[] TimeBases =
    [
        SmfTimeBase.ForFrameRate(new FrameRate(30, 1)),
        SmfTimeBase.ForFrameRate(new FrameRate(25, 1)),
        SmfTimeBase.ForFrameRate(new FrameRate(30000, 1001)),
        SmfTimeBase.ForFrameRate(new FrameRate(24000, 1001)),
        SmfTimeBase.Fine,
        new SmfTimeBase(1),
        new SmfTimeBase(96),
        new SmfTimeBase(SmfTimeBase.MaxTicksPerQuarter),
    ];

    /// <summary>One generated case: the time base, the events in time order, the options.</summary>
    private sealed record Case(SmfTimeBase TimeBase, List<NoteEvent> Events, SmfWriteOptions Options);

    /// <summary>Builds a case from drawn numbers: event i from <paramref name="gaps"/>[i] and four bytes of <paramref name="shape"/>.</summary>
    private static Case Build(int choice, int[] gaps, byte[] shape, bool onTicks)
    {
        var timeBase = TimeBases[Math.Abs(choice % TimeBases.Length)];
        byte Byte(int i) => shape.Length == 0 ? (byte)i : shape[i % shape.Length];
        var events = new List<NoteEvent>(gaps.Length);
        var time = TimeSpan.Zero;
        for (var i = 0; i < gaps.Length; i++)
        {
            // Up to ~100 s between events (often none): well inside what a track can hold.
            var gap = Math.Abs((long)gaps[i]) % 1_000_000_000L;
            time += TimeSpan.FromTicks(Byte(4 * i) % 3 == 0 ? 0 : gap);
            var at = onTicks ? timeBase.ToTime(timeBase.ToTick(time)) : time;
            var channel = Byte((4 * i) + 1) % 16;
            var data1 = Byte((4 * i) + 2) % 128;
            var data2 = Byte((4 * i) + 3) % 128;
            events.Add(((Byte(4 * i) >> 2) % 3) switch
            {
                0 => NoteEvent.NoteOn(at, channel, data1, Math.Max(1, data2)),
                1 => NoteEvent.NoteOff(at, channel, data1),
                _ => NoteEvent.ControlChange(at, channel, data1, data2),
            });
        }

        var names = new Dictionary<int, string>();
        for (var channel = 0; channel < 16; channel += 1 + (Byte(channel) % 5))
        {
            string[] samples = ["Bass", "Drums", "Lead ♪", "花火", "🎆 sparks", string.Empty, "a \"quoted\" name"];
            names[channel] = samples[Byte(channel + 7) % samples.Length];
        }

        var end = shape.Length > 0 && shape[0] % 2 == 0 ? time + TimeSpan.FromTicks(Byte(1) * 1_000_000L) : (TimeSpan?)null;
        return new Case(timeBase, events, new SmfWriteOptions { ChannelNames = names, EndTime = end, SequenceName = shape.Length > 1 && shape[1] % 4 == 0 ? string.Empty : "Pix2Midi" });
    }

    /// <summary>What each channel's track must hold: (tick, status, data1, data2), stably by tick.</summary>
    private static SortedDictionary<int, List<(long Tick, byte Status, byte Data1, byte Data2)>> Expected(Case c)
    {
        var expected = new SortedDictionary<int, List<(long, byte, byte, byte)>>();
        foreach (var e in c.Events)
        {
            if (!expected.TryGetValue(e.Channel, out var list))
            {
                expected[e.Channel] = list = [];
            }

            list.Add((c.TimeBase.ToTick(e.Time), e.Status, e.Data1, e.Data2));
        }

        foreach (var channel in expected.Keys.ToList())
        {
            expected[channel] = [.. expected[channel].OrderBy(e => e.Item1)]; // stable
        }

        return expected;
    }

    private static long EndTick(Case c) => c.Options.EndTime is { } end ? c.TimeBase.ToTick(end) : 0;

    [Property(MaxTest = 300)]
    public void Events_written_are_read_back_on_their_ticks_tracks_and_channels(int choice, int[] gaps, byte[] shape)
    {
        var c = Build(choice, gaps, shape, onTicks: false);

        var file = SmfReader.Read(SmfWriter.ToBytes(c.TimeBase, c.Events, c.Options));

        var expected = Expected(c);
        Assert.Equal(1, file.Format);
        Assert.Equal(c.TimeBase.TicksPerQuarter, file.TicksPerQuarter);
        Assert.Equal(1 + expected.Count, file.Tracks.Count);
        Assert.Equal(SmfTimeBase.DefaultMicrosecondsPerQuarter, Assert.Single(file.TempoEvents).MicrosecondsPerQuarter);
        Assert.Equal(0, file.TempoEvents.Single().Tick);
        Assert.Equal(c.Options.SequenceName.Length == 0 ? null : c.Options.SequenceName, file.Tracks[0].Name);
        Assert.Empty(file.Tracks[0].ChannelEvents);
        Assert.Equal(EndTick(c), file.Tracks[0].EndTick);
        var track = 1;
        foreach (var (channel, events) in expected)
        {
            var read = file.Tracks[track++];
            Assert.Equal(c.Options.TrackName(channel), read.Name ?? string.Empty);
            Assert.Equal(events, read.ChannelEvents.Select(e => (e.Tick, e.Status, e.Data1, e.Data2)));
            Assert.True(read.Events[^1].IsEndOfTrack);
            Assert.Single(read.Events, e => e.IsEndOfTrack);
            Assert.Equal(Math.Max(EndTick(c), events[^1].Tick), read.EndTick);
        }

        // Times come back within half a tick (exactly, for times on ticks).
        var halfTick = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / c.TimeBase.TicksPerSecond / 2) + 1);
        foreach (var e in c.Events)
        {
            var back = file.ToTime(c.TimeBase.ToTick(e.Time));
            Assert.InRange(back - e.Time, -halfTick, halfTick);
        }
    }

    [Property(MaxTest = 200)]
    public void Events_on_ticks_come_back_at_exactly_their_times(int choice, int[] gaps, byte[] shape)
    {
        var c = Build(choice, gaps, shape, onTicks: true);

        var file = SmfReader.Read(SmfWriter.ToBytes(c.TimeBase, c.Events, c.Options));

        var read = file.ChannelEvents.Select(e => (Time: file.ToTime(e.Tick), e.Status, e.Data1, e.Data2)).OrderBy(e => e.Time).ThenBy(e => e.Status).ThenBy(e => e.Data1).ThenBy(e => e.Data2);
        var written = c.Events.Select(e => (e.Time, e.Status, e.Data1, e.Data2)).OrderBy(e => e.Time).ThenBy(e => e.Status).ThenBy(e => e.Data1).ThenBy(e => e.Data2);
        Assert.Equal(written, read);
    }

    [ToolFact("midicsv")]
    public void Midicsv_reads_every_generated_file_as_written()
    {
        using var temp = new TempDirectory();
        var random = new Random(20261124);
        for (var sample = 0; sample < 25; sample++)
        {
            var gaps = Enumerable.Range(0, random.Next(0, 200)).Select(_ => random.Next()).ToArray();
            var shape = new byte[random.Next(0, 64)];
            random.NextBytes(shape);
            var c = Build(random.Next(), gaps, shape, onTicks: false);
            var path = temp.File(string.Create(CultureInfo.InvariantCulture, $"case{sample}.mid"));
            File.WriteAllBytes(path, SmfWriter.ToBytes(c.TimeBase, c.Events, c.Options));

            var result = ExternalTool.Run("midicsv", [path]);

            var context = $"case {sample} ({c.TimeBase}, {c.Events.Count} events)";
            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, $"{context}: midicsv said {result.StandardError}");
            var rows = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(", ")).ToList();
            var expected = Expected(c);
            Assert.Equal(["0", "0", "Header", "1", (1 + expected.Count).ToString(CultureInfo.InvariantCulture), c.TimeBase.TicksPerQuarter.ToString(CultureInfo.InvariantCulture)], rows[0]);
            Assert.Contains(rows, r => r is ["1", "0", "Tempo", "500000"]);
            var track = 2;
            foreach (var (channel, events) in expected)
            {
                var number = track.ToString(CultureInfo.InvariantCulture);
                var read = rows.Where(r => r[0] == number && r[2] is "Note_on_c" or "Note_off_c" or "Control_c")
                    .Select(r => (long.Parse(r[1], CultureInfo.InvariantCulture), r[2], int.Parse(r[3], CultureInfo.InvariantCulture), int.Parse(r[4], CultureInfo.InvariantCulture), int.Parse(r[5], CultureInfo.InvariantCulture)));
                var written = events.Select(e => (e.Tick, (e.Status & 0xF0) switch { 0x90 => "Note_on_c", 0x80 => "Note_off_c", _ => "Control_c" }, channel, (int)e.Data1, (int)e.Data2));
                Assert.Equal(written, read);
                var end = Assert.Single(rows, r => r[0] == number && r[2] == "End_track");
                Assert.Equal(Math.Max(EndTick(c), events[^1].Tick).ToString(CultureInfo.InvariantCulture), end[1]);
                track++;
            }

            Assert.Equal(["0", "0", "End_of_file"], rows[^1]);
        }
    }
}
