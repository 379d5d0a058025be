using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Tests;

/// <summary>
/// The calibration video lights cell c (row by row from the top-left) at frame 10 + 10c for
/// 3 + (c mod 4) frames, white for even c and grey 160 for odd c (sample-videos/README.md).
/// The calibration mapping plays note 60 + c for cell c.
/// </summary>
public class RenderCalibrationTests
{
    private const int TicksPerFrame = 64; // 30 fps: PPQ 960 at 120 BPM

    private static (int On, int Off) Frames(int cell) => (10 + (10 * cell), 10 + (10 * cell) + 3 + (cell % 4));

    private static SmfFile Render(TempDirectory temp)
    {
        var output = temp.File("calibration.mid");
        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", output);
        Assert.True(run.ExitCode == 0, run.Error);
        using var stream = File.OpenRead(output);
        return SmfReader.Read(stream);
    }

    [Fact]
    public void Every_cell_plays_its_note_from_its_first_lit_frame_to_its_first_dark_frame()
    {
        using var temp = new TempDirectory();

        var file = Render(temp);

        Assert.Equal(1, file.Format);
        Assert.Equal(960, file.TicksPerQuarter);
        var notes = file.ChannelEvents.Where(e => (e.Status & 0xE0) == 0x80).ToList();
        Assert.Equal(32, notes.Count);
        for (var cell = 0; cell < 16; cell++)
        {
            var (on, off) = Frames(cell);
            var noteOn = Assert.Single(notes, e => e.Data1 == 60 + cell && (e.Status & 0xF0) == 0x90);
            var noteOff = Assert.Single(notes, e => e.Data1 == 60 + cell && (e.Status & 0xF0) == 0x80);
            Assert.Equal(on * TicksPerFrame, noteOn.Tick);
            Assert.Equal(off * TicksPerFrame, noteOff.Tick);
            Assert.Equal(0x90, noteOn.Status); // channel 1
        }
    }

    [Fact]
    public void Velocity_follows_brightness_white_cells_loud_grey_cells_soft()
    {
        using var temp = new TempDirectory();

        var file = Render(temp);

        var ons = file.ChannelEvents.Where(e => (e.Status & 0xF0) == 0x90).ToDictionary(e => e.Data1 - 60, e => (int)e.Data2);
        for (var cell = 0; cell < 16; cell++)
        {
            // White reads 235/255 in limited-range H.264, grey 160 about 153/255; on = 0.4, velocity 1–127.
            Assert.InRange(ons[cell], cell % 2 == 0 ? 104 : 37, cell % 2 == 0 ? 117 : 50);
        }
    }

    [ToolFact("midicsv")]
    public void Midicsv_reads_the_same_notes_at_the_same_ticks()
    {
        using var temp = new TempDirectory();
        Render(temp);

        var csv = Midicsv.Read(temp.File("calibration.mid"));

        Assert.Equal(960, csv.TicksPerQuarter);
        Assert.Equal(500_000, csv.Tempo);
        Assert.Equal(16, csv.Notes.Count(n => n.IsOn));
        for (var cell = 0; cell < 16; cell++)
        {
            var (on, off) = Frames(cell);
            Assert.Contains(csv.Notes, n => n.IsOn && n.Number == 60 + cell && n.Tick == on * TicksPerFrame && n.Channel == 0);
            Assert.Contains(csv.Notes, n => !n.IsOn && n.Number == 60 + cell && n.Tick == off * TicksPerFrame);
        }
    }

    [Fact]
    public void Prints_a_summary_of_frames_notes_and_speed()
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("c.mid"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("640×360, 30 fps", run.Output);
        Assert.Contains("180 frames, 6.00 s", run.Output);
        Assert.Contains("16 on channel 1; PPQ 960 at 120 BPM, every note exactly on a frame time", run.Output);
        Assert.Matches(@"speed +180 frames in [0-9.]+ s: [0-9]+ fps, [0-9.]+× real time", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }
}
