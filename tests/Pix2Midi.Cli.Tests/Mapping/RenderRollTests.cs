using OpenCvSharp;
using Pix2Midi.Cli.Rendering;

namespace Pix2Midi.Cli.Tests.Mapping;

public class RenderRollTests
{
    [Fact]
    public void The_roll_draws_each_calibration_note_at_its_time_and_pitch_coloured_by_velocity()
    {
        using var temp = new TempDirectory();
        var roll = temp.File("roll.png");

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("c.mid"), "--roll", roll);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"roll     {roll}", run.Output);
        var events = Core.Smf.SmfReader.ReadFile(temp.File("c.mid"));
        using var image = Cv2.ImRead(roll);
        var frame = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 30);
        var layout = new PianoRollLayout([.. Enumerable.Range(60, 16).Select(n => Core.Events.NoteEvent.NoteOn(TimeSpan.Zero, 0, n, 1))], TimeSpan.FromSeconds(6));
        Assert.Equal((layout.Width, layout.Height), (image.Width, image.Height));
        var ons = events.ChannelEvents.Where(e => (e.Status & 0xF0) == 0x90).ToDictionary(e => e.Data1 - 60, e => (int)e.Data2);
        for (var cell = 0; cell < 16; cell++)
        {
            var on = frame * (10 + (10 * cell));
            var off = frame * (10 + (10 * cell) + 3 + (cell % 4));
            var rect = layout.NoteRect(60 + cell, on, off);
            var colour = PianoRollLayout.Colour(ons[cell]);
            var pixel = image.At<Vec3b>(rect.Y + (rect.Height / 2), rect.X + (rect.Width / 2));
            Assert.Equal(new Vec3b((byte)colour.Val0, (byte)colour.Val1, (byte)colour.Val2), pixel);

            // Nothing drawn on the note's row just before it starts.
            var before = image.At<Vec3b>(rect.Y + (rect.Height / 2), rect.X - 6);
            Assert.True(before.Item0 < 70 && before.Item1 < 70 && before.Item2 < 70, $"cell {cell}: {before}");
        }

        // Loud white cells are redder than soft grey ones.
        Assert.True(PianoRollLayout.Colour(ons[0]).Val2 > PianoRollLayout.Colour(ons[1]).Val2);
    }

    [Fact]
    public void Program_changes_are_neither_notes_nor_part_of_the_pitch_range()
    {
        Core.Events.NoteEvent[] notes =
        [
            Core.Events.NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            Core.Events.NoteEvent.NoteOff(TimeSpan.FromSeconds(1), 0, 60),
        ];
        Core.Events.NoteEvent[] programs =
        [
            Core.Events.NoteEvent.ProgramChange(TimeSpan.Zero, 0, 127),
            Core.Events.NoteEvent.ProgramChange(TimeSpan.Zero, 9, 0),
        ];
        var withPrograms = programs.Concat(notes).ToList();

        var plain = new PianoRollLayout(notes, TimeSpan.FromSeconds(2));
        var layout = new PianoRollLayout(withPrograms, TimeSpan.FromSeconds(2));

        Assert.Equal((plain.Lowest, plain.Highest), (layout.Lowest, layout.Highest));
        Assert.Equal([(60, TimeSpan.Zero, TimeSpan.FromSeconds(1), 100)], PianoRoll.Notes(withPrograms, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void A_roll_that_is_not_a_png_is_refused_before_any_work()
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("c.mid"), "--roll", temp.File("roll.jpg"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {temp.File("roll.jpg")}: the piano roll's name must end in .png", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(temp.File("c.mid")));
    }
}
