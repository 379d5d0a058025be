namespace Pix2Midi.Cli.Tests;

public class RenderDefaultsTests
{
    [Fact]
    public void Writes_the_videos_name_with_mid_in_the_current_folder_and_nothing_on_stderr()
    {
        using var cwd = new TempDirectory();

        var run = CliRun.Process(cwd.Path, "render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(cwd.File("calibration.mid")));
        Assert.Equal(["calibration.mid"], Directory.EnumerateFileSystemEntries(cwd.Path).Select(Path.GetFileName));
        Assert.Contains("→ calibration.mid", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Replaces_an_older_file_of_the_same_name()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("c.mid"), "old");

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("c.mid"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("MThd"u8.ToArray(), File.ReadAllBytes(temp.File("c.mid"))[..4]);
    }

    [Fact]
    public void Help_lists_the_render_command()
    {
        var run = CliRun.InProcess("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("render", run.Output);
    }
}
