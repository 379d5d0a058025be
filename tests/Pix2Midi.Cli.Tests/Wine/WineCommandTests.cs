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

    [WineFact]
    public void Ports_lists_winmm_and_the_console_and_exits_0()
    {
        using var temp = new TempDirectory();

        var ports = windows.Run(temp.Path, "ports");

        Assert.True(ports.ExitCode == 0, ports.Error);
        Assert.Equal("winmm: 0 outputs", ports.OutputLines[0]);
        Assert.Contains(ports.OutputLines, line => line.StartsWith("console:", StringComparison.Ordinal));
        Assert.Equal(string.Empty, ports.Error);
    }

    [WineFact]
    public void Test_note_plays_middle_c_and_stops_it()
    {
        using var temp = new TempDirectory();

        var note = windows.Run(temp.Path, "test-note");

        Assert.True(note.ExitCode == 0, note.Error);
        Assert.Contains(note.OutputLines, line => line.EndsWith("ch  1  C4   on  v100", StringComparison.Ordinal));
        Assert.Contains(note.OutputLines, line => line.EndsWith("ch  1  C4   off", StringComparison.Ordinal));
        Assert.Contains("Sent C4 (note 60, velocity 100) on channel 1 for 0.5 s", note.Output, StringComparison.Ordinal);
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
