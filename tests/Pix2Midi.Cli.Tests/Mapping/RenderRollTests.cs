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

    [Fact]
    public void When_the_mapping_quantises_the_roll_draws_beat_lines_and_stronger_bar_lines_at_its_tempo()
    {
        Core.Events.NoteEvent[] notes =
        [
            Core.Events.NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            Core.Events.NoteEvent.NoteOff(TimeSpan.FromSeconds(0.3), 0, 60),
        ];
        var duration = TimeSpan.FromSeconds(6);
        var time = new Core.Music.MusicalTime(100, Core.Music.GridDivision.Find("1/16"), 0);
        var layout = new PianoRollLayout(notes, duration);
        using var quantised = Cv2.ImDecode(PianoRoll.Draw(notes, duration, time), ImreadModes.Color);
        using var plain = Cv2.ImDecode(PianoRoll.Draw(notes, duration), ImreadModes.Color);
        using var unquantised = Cv2.ImDecode(PianoRoll.Draw(notes, duration, new Core.Music.MusicalTime(100, null, 0)), ImreadModes.Color);
        var y = layout.RowTop(64) + (layout.RowHeight / 2); // E4: a white key's row, no note on it

        static Vec3b Bgr(Scalar s) => new((byte)s.Val0, (byte)s.Val1, (byte)s.Val2);
        var background = plain.At<Vec3b>(y, layout.X(TimeSpan.FromSeconds(2.4)));
        Assert.Equal(new Vec3b(28, 28, 28), background);

        // 100 BPM: a beat every 0.6 s, a bar (4/4) every 2.4 s, as the grid's ticks fall.
        Assert.Equal(TimeSpan.FromSeconds(2.4), time.TimeOfTick(4 * Core.Music.MusicalTime.TicksPerQuarter));
        foreach (var bar in new[] { 2.4, 4.8 })
        {
            var pixel = quantised.At<Vec3b>(y, layout.X(TimeSpan.FromSeconds(bar)));
            Assert.Equal(Bgr(PianoRoll.BarLine), pixel);
            Assert.NotEqual(background, pixel);
        }

        foreach (var beat in new[] { 0.6, 1.8, 3.0, 5.4 })
        {
            var pixel = quantised.At<Vec3b>(y, layout.X(TimeSpan.FromSeconds(beat)));
            Assert.Equal(Bgr(PianoRoll.BeatLine), pixel);
            Assert.NotEqual(background, pixel);
        }

        // Between lines, and everywhere without a grid, the roll is as before.
        Assert.Equal(background, quantised.At<Vec3b>(y, layout.X(TimeSpan.FromSeconds(2.1))));
        using var difference = new Mat();
        Cv2.Absdiff(plain, unquantised, difference);
        Assert.Equal(0, Cv2.CountNonZero(difference.Reshape(1)));
    }
}
