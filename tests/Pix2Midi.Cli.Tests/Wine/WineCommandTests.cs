namespace Pix2Midi.Cli.Tests.Wine;

/// <summary>
/// The Windows build's commands that need no video, under Wine: the same help and mapping files as
/// the Linux build, and <c>ports</c> and <c>test-note</c> where Wine has no MIDI device.
/// </summary>
[Collection(WineCollection.Name)]
public sealed class WineCommandTests(WineBuild windows)
{
    private static readonly string[][] Commands =
    [
        [], ["render"], ["run"], ["live"], ["cameras"], ["ports"], ["test-note"],
        ["mapping"], ["mapping", "init"], ["mapping", "validate"], ["mapping", "preview"], ["mapping", "schema"],
    ];

    [WineFact]
    public void Every_commands_help_is_the_linux_builds_help()
    {
        using var temp = new TempDirectory();
        _ = windows.Program;

        var runs = Commands.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(command => (Command: command, Windows: windows.Run(temp.Path, [.. command, "--help"]), Linux: CliRun.Process(temp.Path, [.. command, "--help"])))
            .ToList();

        Assert.All(runs, run =>
        {
            var name = string.Join(' ', run.Command);
            Assert.True(run.Windows.ExitCode == 0, $"{name} --help: {run.Windows.Error}");
            Assert.Equal(string.Empty, run.Windows.Error);
            Assert.Contains($"pix2midi {name}".TrimEnd(), run.Windows.Output, StringComparison.Ordinal);
            Assert.Equal(run.Linux.Output, Unix(run.Windows.Output));
        });
    }

    /// <summary>What Pix2Midi says on Windows where no MIDI output reaches a DAW: install loopMIDI, and how.</summary>
    private const string LoopMidiAdvice = "To play Ableton Live or another DAW on Windows, install loopMIDI (free, by Tobias Erichsen, from tobias-erichsen.de), "
        + "start it and add a port with the + button (it is called “loopMIDI Port”), then run Pix2Midi with --port \"loopMIDI Port\" "
        + "and choose that port as the MIDI input in your DAW.";

    [WineFact]
    public void Ports_finds_no_winmm_output_and_says_to_install_loopmidi()
    {
        using var temp = new TempDirectory();

        var ports = windows.Run(temp.Path, "ports");

        Assert.True(ports.ExitCode == 0, ports.Error);
        Assert.Equal("winmm: 0 outputs", ports.OutputLines[0]);
        Assert.Contains(ports.OutputLines, line => line.StartsWith("console:", StringComparison.Ordinal));
        Assert.Equal(LoopMidiAdvice, ports.OutputLines[^1]);
        Assert.Equal(string.Empty, ports.Error);
    }

    [WineFact]
    public void Test_note_plays_middle_c_to_the_console_and_says_to_install_loopmidi()
    {
        using var temp = new TempDirectory();

        var note = windows.Run(temp.Path, "test-note");

        Assert.True(note.ExitCode == 0, note.Error);
        Assert.Equal("No MIDI port found, so the notes are shown here. " + LoopMidiAdvice, note.OutputLines[0]);
        Assert.Contains(note.OutputLines, line => line.EndsWith("ch  1  C4   on  v100", StringComparison.Ordinal));
        Assert.Contains(note.OutputLines, line => line.EndsWith("ch  1  C4   off", StringComparison.Ordinal));
        Assert.Contains("Sent C4 (note 60, velocity 100) on channel 1 for 0.5 s", note.Output, StringComparison.Ordinal);
    }

    [WineFact]
    public void Asking_for_the_loopmidi_port_where_there_is_none_says_how_to_get_it_in_one_line()
    {
        using var temp = new TempDirectory();
        File.Copy(RepoPaths.SampleVideo("calibration.mp4"), temp.File("calibration.mp4"));

        var run = windows.Run(temp.Path, "run", "calibration.mp4", "--decoder", "ffmpeg", "--port", "loopMIDI");
        var note = windows.Run(temp.Path, "test-note", "--port", "loopMIDI");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --port loopMIDI: no MIDI output has that name. There are no MIDI outputs here (winmm: no outputs). " + LoopMidiAdvice, Assert.Single(run.ErrorLines));
        Assert.Equal(1, note.ExitCode);
        Assert.Equal(Assert.Single(run.ErrorLines), Assert.Single(note.ErrorLines));
        Assert.DoesNotContain("   at ", run.Error + note.Error, StringComparison.Ordinal);
    }

    [WineFact]
    public void Mapping_init_validate_and_schema_give_the_linux_builds_files()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("win"));
        Directory.CreateDirectory(temp.File("linux"));

        var init = windows.Run(temp.File("win"), "mapping", "init", "--grid", "3x6", "--scale", "D dorian", "-o", "mine.json");
        var validate = windows.Run(temp.File("win"), "mapping", "validate", "mine.json");
        var schema = windows.Run(temp.File("win"), "mapping", "schema");
        var broken = windows.Run(temp.File("win"), "mapping", "validate", WineBuild.WindowsPath(RepoPaths.Root + "/tests/Pix2Midi.Cli.Tests/Wine/missing.json"));
        var linuxInit = CliRun.Process(temp.File("linux"), "mapping", "init", "--grid", "3x6", "--scale", "D dorian", "-o", "mine.json");
        var linuxSchema = CliRun.Process(temp.File("linux"), "mapping", "schema");

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.True(validate.ExitCode == 0, validate.Output + validate.Error);
        Assert.True(schema.ExitCode == 0, schema.Error);
        Assert.Equal(0, linuxInit.ExitCode);
        Assert.Equal(Unix(File.ReadAllText(temp.File("linux/mine.json"))), Unix(File.ReadAllText(temp.File("win/mine.json"))));
        Assert.Equal(linuxSchema.Output, Unix(schema.Output));
        Assert.Equal(1, broken.ExitCode);
        Assert.Single(broken.ErrorLines);
        Assert.DoesNotContain("   at ", broken.Error, StringComparison.Ordinal);
    }

    /// <summary>Windows text with Unix line ends.</summary>
    internal static string Unix(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
