using Pix2Midi.Core.Events;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Smf;

public class MidicsvTests
{
    [ToolFact("midicsv")]
    public void Midicsv_reads_the_header_tempo_names_and_every_note_as_written()
    {
        using var directory = new TempDirectory();
        var path = directory.File("take.mid");
        var frame = TimeSpan.FromTicks(400_000); // 1/25 s: 78 ticks at PPQ 975.
        NoteEvent[] events =
        [
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 64, 90),
            NoteEvent.NoteOn(frame, 9, 36, 127),
            NoteEvent.NoteOff(frame * 2, 0, 60),
            NoteEvent.NoteOff(frame * 2, 0, 64),
            NoteEvent.NoteOn(frame * 2, 0, 62, 1),
            NoteEvent.NoteOff(frame * 3, 9, 36),
            NoteEvent.NoteOff(frame * 1000, 0, 62),
        ];
        var timeBase = SmfTimeBase.ForFrameRate(new Frames.FrameRate(25, 1));
        using (var stream = File.Create(path))
        {
            SmfWriter.Write(stream, timeBase, events, new SmfWriteOptions { ChannelNames = new Dictionary<int, string> { [9] = "Kick" } });
        }

        var result = ExternalTool.Run("midicsv", [path]);

        Assert.Equal(string.Empty, result.StandardError);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("0, 0, Header, 1, 3, 975", lines[0]);
        Assert.Contains("1, 0, Title_t, \"Pix2Midi\"", lines);
        Assert.Contains("1, 0, Tempo, 500000", lines);
        Assert.Contains("1, 0, Time_signature, 4, 2, 24, 8", lines);
        Assert.Contains("2, 0, Title_t, \"Channel 1\"", lines);
        Assert.Contains("3, 0, Title_t, \"Kick\"", lines);
        Assert.Equal(
            [
                "2, 0, Note_on_c, 0, 60, 100",
                "2, 0, Note_on_c, 0, 64, 90",
                "2, 156, Note_off_c, 0, 60, 0",
                "2, 156, Note_off_c, 0, 64, 0",
                "2, 156, Note_on_c, 0, 62, 1",
                "2, 78000, Note_off_c, 0, 62, 0",
                "3, 78, Note_on_c, 9, 36, 127",
                "3, 234, Note_off_c, 9, 36, 0",
            ],
            lines.Where(l => l.Contains("Note_on_c", StringComparison.Ordinal) || l.Contains("Note_off_c", StringComparison.Ordinal)));
        Assert.Equal(["1, 0, End_track", "2, 78000, End_track", "3, 234, End_track"], lines.Where(l => l.EndsWith("End_track", StringComparison.Ordinal)));
        Assert.Equal("0, 0, End_of_file", lines[^1]);
    }

    [ToolFact("midicsv")]
    public void Midicsv_reads_each_program_change_at_tick_0_before_the_notes_of_its_channel()
    {
        using var directory = new TempDirectory();
        var path = directory.File("instruments.mid");
        var frame = TimeSpan.FromTicks(400_000);
        NoteEvent[] events =
        [
            NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14),
            NoteEvent.ProgramChange(TimeSpan.Zero, 1, 38),
            NoteEvent.ProgramChange(TimeSpan.Zero, 9, 25),
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOn(TimeSpan.Zero, 9, 36, 127),
            NoteEvent.NoteOn(frame, 1, 45, 80),
            NoteEvent.NoteOff(frame * 2, 0, 60),
            NoteEvent.NoteOff(frame * 2, 1, 45),
            NoteEvent.NoteOff(frame * 2, 9, 36),
        ];
        using (var stream = File.Create(path))
        {
            SmfWriter.Write(stream, SmfTimeBase.ForFrameRate(new Frames.FrameRate(25, 1)), events);
        }

        var result = ExternalTool.Run("midicsv", [path]);

        Assert.Equal(string.Empty, result.StandardError);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                "2, 0, Program_c, 0, 14",
                "2, 0, Note_on_c, 0, 60, 100",
                "3, 0, Program_c, 1, 38",
                "3, 78, Note_on_c, 1, 45, 80",
                "4, 0, Program_c, 9, 25",
                "4, 0, Note_on_c, 9, 36, 127",
            ],
            lines.Where(l => l.Contains("Program_c", StringComparison.Ordinal) || l.Contains("Note_on_c", StringComparison.Ordinal)));
    }
}
