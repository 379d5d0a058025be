namespace Pix2Midi.Cli.Tests;

/// <summary>
/// Each bad input exits non-zero with one line naming the file and the problem, no stack trace,
/// nothing printed by native code, and no MIDI file (or temporary file) left behind.
/// </summary>
public sealed class RenderBadInputTests(RenderBadInputTests.BadVideos videos) : IClassFixture<RenderBadInputTests.BadVideos>
{
    public sealed class BadVideos : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public BadVideos()
        {
            Directory.CreateDirectory(_temp.File("folder.mp4"));
            File.WriteAllBytes(_temp.File("empty.mp4"), []);
            File.WriteAllText(_temp.File("notes.mp4"), "This is a text file that someone renamed to .mp4.\n");
            if (ExternalTool.Find("ffmpeg") is null)
            {
                return;
            }

            // Index at the front, data cut off: opens, then decoding stops early.
            ExternalTool.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30", "-t", "4", "-c:v", "libx264", "-movflags", "+faststart", _temp.File("whole-faststart.mp4"));
            Truncate("whole-faststart.mp4", "truncated.mp4", 0.4);

            // Index at the end, cut off with the data: nothing can be opened.
            ExternalTool.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30", "-t", "4", "-c:v", "libx264", _temp.File("whole-plain.mp4"));
            Truncate("whole-plain.mp4", "truncated-index.mp4", 0.5);

            ExternalTool.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30", "-frames:v", "0", "-c:v", "libx264", _temp.File("zero-frames.mp4"));
        }

        public string Folder => _temp.Path;

        public string Path(string name) => _temp.File(name);

        public void Dispose() => _temp.Dispose();

        private void Truncate(string from, string to, double fraction)
        {
            var bytes = File.ReadAllBytes(_temp.File(from));
            File.WriteAllBytes(_temp.File(to), bytes[..(int)(bytes.Length * fraction)]);
        }
    }

    private static void AssertOneCleanLine(CliRun run, string file, string problem)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(file, line);
        Assert.Contains(problem, line);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.Equal(string.Empty, run.Output.Trim());
    }

    private static void AssertNoMidiLeft(string folder) =>
        Assert.Empty(Directory.EnumerateFiles(folder, "*.mid*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories)));

    [Theory]
    [InlineData("missing.mp4", "no such file")]
    [InlineData("folder.mp4", "is a folder")]
    [InlineData("empty.mp4", "empty")]
    [InlineData("notes.mp4", "not a video")]
    public void Refuses_what_is_not_a_video(string name, string problem)
    {
        using var output = new TempDirectory();

        var run = CliRun.Process(output.Path, "render", videos.Path(name));

        AssertOneCleanLine(run, name, problem);
        AssertNoMidiLeft(output.Path);
    }

    [ToolTheory("ffmpeg")]
    [InlineData("truncated.mp4", "truncated")]
    [InlineData("truncated-index.mp4", "not a video")]
    [InlineData("zero-frames.mp4", "no video frames")]
    public void Refuses_damaged_and_empty_videos(string name, string problem)
    {
        using var output = new TempDirectory();

        var run = CliRun.Process(output.Path, "render", videos.Path(name));

        AssertOneCleanLine(run, name, problem);
        AssertNoMidiLeft(output.Path);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Refuses_a_video_it_may_not_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions
        }

        using var temp = new TempDirectory();
        File.SetUnixFileMode(temp.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.GroupWrite);
        var video = temp.File("locked.mp4");
        File.Copy(RepoPaths.SampleVideo("calibration.mp4"), video);
        File.SetUnixFileMode(video, UnixFileMode.None);

        var run = CliRun.ProcessUnprivileged(temp.Path, "render", video);

        AssertOneCleanLine(run, "locked.mp4", "permission denied");
        Assert.Equal(["locked.mp4"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [ToolFact("ffmpeg")]
    public void A_truncated_video_leaves_no_midi_file_even_with_an_explicit_output_name()
    {
        using var output = new TempDirectory();

        var run = CliRun.InProcess("render", videos.Path("truncated.mp4"), "-o", output.File("out.mid"));

        Assert.Equal(1, run.ExitCode);
        AssertNoMidiLeft(output.Path);
    }

    [Fact]
    public void Refuses_an_output_folder_that_does_not_exist_before_reading_the_video()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "no", "such", "folder", "out.mid");

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-o", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {target}: the folder {Path.GetDirectoryName(target)} does not exist", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Refuses_an_output_folder_it_cannot_write_in()
    {
        // /proc refuses new files even to root, which chmod cannot arrange.
        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-o", "/proc/pix2midi-test.mid");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: /proc/pix2midi-test.mid: cannot write in /proc", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("out.mp4", "name must end in .mid or .midi")]
    [InlineData("out", "name must end in .mid or .midi")]
    public void Refuses_an_output_that_is_not_a_midi_file_name(string name, string problem)
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-o", temp.File(name));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(problem, Assert.Single(run.ErrorLines));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Reports_every_mapping_problem_as_a_located_line_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var mapping = temp.File("bad.json");
        File.WriteAllText(mapping, """
            {
              "regions": [
                { "name": "a", "x": 0, "y": 0, "width": 0.5, "height": 0.5, "note": "C4", "chanel": 2 },
                { "name": "b", "x": 0, "y": 0, "width": 0.5, "height": 0.5, "note": "X9" }
              ]
            }
            """);

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", mapping, "-o", temp.File("out.mid"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith($"error: {mapping}:3:", run.ErrorLines[0]);
        Assert.Contains("$.regions[0].chanel: unknown property \"chanel\"; did you mean \"channel\"?", run.ErrorLines[0]);
        Assert.StartsWith($"error: {mapping}:4:", run.ErrorLines[1]);
        Assert.Contains("$.regions[1].note: \"X9\" is not a note", run.ErrorLines[1]);
        Assert.False(File.Exists(temp.File("out.mid")));
    }

    [Fact]
    public void Names_the_bundled_mappings_when_asked_for_one_that_does_not_exist()
    {
        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "fireworkz");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("fireworkz: no such mapping file", line);
        Assert.Contains("bundled: calibration, cc-sweeps, fireworks, fireworks-beat, fireworks-colours, gm-drums, motion, pentatonic-grid", line);
    }

    [Fact]
    public void A_cancelled_render_exits_130_and_leaves_nothing()
    {
        using var temp = new TempDirectory();
        using var error = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var code = new Rendering.RenderService(TextWriter.Null, error).Run(
            new Rendering.RenderRequest(RepoPaths.SampleVideo("calibration.mp4"), "calibration", temp.File("out.mid"), ShowProgress: false),
            cancelled.Token);

        Assert.Equal(130, code);
        Assert.Contains("no MIDI file was written", error.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_wrong_command_line_exits_2()
    {
        var run = CliRun.InProcess("render");

        Assert.Equal(2, run.ExitCode);
    }
}
