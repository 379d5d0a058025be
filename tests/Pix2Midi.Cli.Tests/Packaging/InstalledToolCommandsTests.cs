using OpenCvSharp;
using Pix2Midi.Cli.Tests.Preview;
using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests.Packaging;

/// <summary>
/// Every command and option the README shows, run by the tool as <c>dotnet tool install</c> installs
/// it (a native program on Linux and macOS) and by the tests' own build, side by side: the same
/// exit codes and words, byte-identical MIDI files and mapping files, pictures of the same size.
/// The helpers fail any run that prints "unexpected failure", "Unhandled exception" or a stack
/// trace (<see cref="ToolDefects"/>).
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class InstalledToolCommandsTests(InstalledTool installed, ITestOutputHelper log)
{
    private static readonly string[][] Helps =
    [
        ["--help"], ["render", "--help"], ["run", "--help"], ["live", "--help"], ["ports", "--help"], ["cameras", "--help"],
        ["test-note", "--help"], ["mapping", "--help"], ["mapping", "init", "--help"], ["mapping", "validate", "--help"],
        ["mapping", "preview", "--help"], ["mapping", "schema", "--help"],
    ];

    [PackFact]
    public void Every_commands_help_and_the_machine_facing_commands_say_the_same_as_the_build()
    {
        using var temp = new TempDirectory();
        string[][] machineFacing =
        [
            ["ports"], ["cameras"], ["test-note"], ["test-note", "--port", "console", "--channel", "3", "--note", "E4"], ["mapping", "schema"],
            ["live", "--camera", "pix2midi-test-no-such-camera", "--port", "console"],
        ];
        foreach (var command in Helps.Concat(machineFacing))
        {
            SameAsBuild(temp.Path, command);
        }
    }

    [PackFact("ffmpeg", "ffprobe", "midicsv")]
    public void The_readme_mapping_workflow_gives_the_same_files_and_words_with_every_decoder()
    {
        using var tool = new TempDirectory();
        using var build = new TempDirectory();
        var video = RepoPaths.SampleVideo("fireworks.mp4");
        foreach (var (dir, command) in new[] { (tool.Path, installed.Command), (build.Path, ToolCommand.OwnBuild) })
        {
            var init = CliRun.Process(command, dir, "mapping", "init", "--grid", "4x4", "--scale", "C minor pentatonic", "-o", "sky.json");
            Assert.True(init.ExitCode == 0, init.Error);
            Assert.Equal(0, CliRun.Process(command, dir, "mapping", "validate", "sky.json").ExitCode);
        }

        Assert.Equal(File.ReadAllBytes(build.File("sky.json")), File.ReadAllBytes(tool.File("sky.json")));
        Assert.Equal(File.ReadAllBytes(build.File("pix2midi-mapping.schema.json")), File.ReadAllBytes(tool.File("pix2midi-mapping.schema.json")));

        foreach (var decoder in new[] { "auto", "libav", "ffmpeg", "opencv" })
        {
            var preview = SameFiles(tool.Path, build.Path, ["mapping", "preview", "sky.json", "--video", video, "--at", "9.5", "--decoder", decoder, "-o", "sky.png"]);
            Assert.Contains("frame 285 at 9.500 s", preview.Output, StringComparison.Ordinal);
            SamePictureSize(tool.File("sky.png"), build.File("sky.png"));

            SameFiles(tool.Path, build.Path, ["render", video, "-m", "sky.json", "--roll", "sky-roll.png", "--decoder", decoder, "--no-progress"]);
            Assert.Equal(File.ReadAllBytes(build.File("fireworks.mid")), File.ReadAllBytes(tool.File("fireworks.mid")));
            Assert.Equal(Midicsv.Read(build.File("fireworks.mid")).Notes.Count, Midicsv.Read(tool.File("fireworks.mid")).Notes.Count);
            SamePictureSize(tool.File("sky-roll.png"), build.File("sky-roll.png"));
        }
    }

    [PackFact("ffmpeg", "ffprobe", "midicsv")]
    public void A_video_damaged_in_the_middle_renders_and_previews_the_same_with_every_decoder()
    {
        using var tool = new TempDirectory();
        using var build = new TempDirectory();
        var clean = tool.File("clean.mp4");
        var damaged = tool.File("damaged.mp4");
        ExternalTool.Ffmpeg("-i", RepoPaths.SampleVideo("calibration.mp4"), "-c:v", "libx264", "-crf", "12", "-g", "30", clean);
        ExternalTool.Ffmpeg("-i", clean, "-c", "copy", "-bsf:v", "noise=amount=if(between(n\\,95\\,97)\\,2\\,0)", damaged);
        foreach (var decoder in new[] { "auto", "libav", "ffmpeg", "opencv" })
        {
            var render = SameFiles(tool.Path, build.Path, ["render", damaged, "-m", "calibration", "--decoder", decoder, "--no-progress", "-o", "damaged.mid"]);
            Assert.Contains(render.OutputLines, l => l.StartsWith("damage", StringComparison.Ordinal));
            Assert.Equal(File.ReadAllBytes(build.File("damaged.mid")), File.ReadAllBytes(tool.File("damaged.mid")));

            SameFiles(tool.Path, build.Path, ["mapping", "preview", "calibration", "--video", damaged, "--at", "3.3", "--decoder", decoder, "-o", "damaged.png"]);
            SamePictureSize(tool.File("damaged.png"), build.File("damaged.png"));
        }
    }

    [PackFact("ffmpeg", "ffprobe", "midicsv")]
    public void Run_to_the_console_monitor_plays_what_render_writes_and_says_what_the_build_says()
    {
        using var temp = new TempDirectory();
        var video = RepoPaths.SampleVideo("calibration.mp4");
        var tool = CliRun.Process(installed.Command, temp.Path, "run", video, "-m", "calibration", "--record", "played.mid");
        var build = CliRun.Process(ToolCommand.OwnBuild, temp.Path, "run", video, "-m", "calibration", "--record", "build.mid");
        Assert.True(tool.ExitCode == 0, tool.Error);
        Assert.Equal(build.ExitCode, tool.ExitCode);

        // The lines before the notes (no port found, how to connect one, what plays where) are the build's.
        static string[] Head(CliRun run) => [.. run.OutputLines.TakeWhile(l => !l.StartsWith("0:", StringComparison.Ordinal))];
        Assert.Equal(Head(build), Head(tool));
        Assert.Contains("console:monitor", tool.Output, StringComparison.Ordinal);
        Assert.Equal(32, NoteLines(tool).Length);

        // What it played is what render writes (a real-time run on a loaded machine may drop frames; the tool did not).
        var render = CliRun.Process(installed.Command, temp.Path, "render", video, "-m", "calibration", "-o", "rendered.mid", "--no-progress");
        Assert.True(render.ExitCode == 0, render.Error);
        static IEnumerable<(long, string, int)> Notes(string file) => Midicsv.Read(file).Notes.Select(n => (n.Tick, n.IsOn ? "on" : "off", n.Number));
        Assert.Equal(Notes(temp.File("rendered.mid")), Notes(temp.File("played.mid")));
    }

    [PackFact("ffmpeg")]
    public void Live_from_a_stream_to_the_console_monitor_plays_and_stops_cleanly_on_ctrl_c()
    {
        using var temp = new TempDirectory();
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var tool = ToolProcess.Start(installed.Command, temp.Path, null, "live", "--source", server.Url, "-m", "calibration", "--record", "live.mid");
        Assert.True(tool.WaitUntilOutput(o => o.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)) >= 4, TimeSpan.FromSeconds(30)), tool.Output + tool.Error);
        tool.Signal("INT");

        Assert.Equal(130, tool.WaitForExit(TimeSpan.FromSeconds(20)));
        var notes = Midicsv.Read(temp.File("live.mid")).Notes;
        Assert.Equal(notes.Count(n => n.IsOn), notes.Count(n => !n.IsOn));
        Assert.Equal(60, notes.First(n => n.IsOn).Number);
    }

    [PackFact("jackd", "jack_midi_dump", "jack_lsp", "ffmpeg")]
    public Task Live_from_a_stream_plays_through_JACK() => JackTrials.RunAsync(log, async rig =>
    {
        using var dump = rig.StartMidiDump("pix2midi-installed-live");
        using var temp = new TempDirectory();
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var tool = ToolProcess.Start(installed.Command, temp.Path, rig.Environment, "live", "--source", server.Url, "-m", "calibration", "--port", "jack:" + dump.PortName);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (dump.Messages.Count(m => m.Bytes[0] == 0x90) < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        tool.Signal("INT");
        var run = await tool.ExitAsync(TimeSpan.FromSeconds(20));
        Assert.True(run.ExitCode == 130, run.Error + run.Output);
        var ons = dump.Messages.Where(m => m.Bytes[0] == 0x90).Select(m => (int)m.Bytes[1]).ToList();
        Assert.True(ons.Count >= 4, string.Join('\n', dump.Lines));
        Assert.Equal(Enumerable.Range(60, 4), ons.Take(4));
    });

    [PackFact("ffmpeg", "ffprobe", "gcc")]
    public void Without_OpenCV_the_picture_commands_say_what_to_install_and_the_rest_work()
    {
        using var temp = new TempDirectory();
        var program = installed.CopyWithoutOpenCv(temp.File("no-opencv"));
        string[] tool = [program];
        var video = RepoPaths.SampleVideo("calibration.mp4");

        // The picture commands: one line, exit 1, before any work: no file at all.
        var roll = CliRun.Process(tool, temp.Path, "render", video, "-m", "calibration", "--roll", "roll.png", "-o", "roll.mid");
        Assert.Equal(1, roll.ExitCode);
        Assert.Equal("error: roll.png: cannot draw the piano roll: OpenCV's native library could not be loaded: OpenCvSharpExtern is not installed next to Pix2Midi; reinstall Pix2Midi for this platform", Assert.Single(roll.ErrorLines));
        var preview = CliRun.Process(tool, temp.Path, "mapping", "preview", "calibration", "--video", video, "-o", "preview.png");
        Assert.Equal(1, preview.ExitCode);
        Assert.Equal("error: preview.png: cannot draw the preview: OpenCV's native library could not be loaded: OpenCvSharpExtern is not installed next to Pix2Midi; reinstall Pix2Midi for this platform", Assert.Single(preview.ErrorLines));
        var opencv = CliRun.Process(tool, temp.Path, "render", video, "-m", "calibration", "--decoder", "opencv", "-o", "opencv.mid");
        Assert.Equal(1, opencv.ExitCode);
        Assert.StartsWith($"error: {video}: cannot decode video: OpenCV's native library could not be loaded", Assert.Single(opencv.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => Path.GetExtension(f) is ".mid" or ".png");

        // What does not need OpenCV works without it.
        foreach (var decoder in new[] { "auto", "libav", "ffmpeg" })
        {
            var render = CliRun.Process(tool, temp.Path, "render", video, "-m", "calibration", "--decoder", decoder, "--no-progress", "-o", decoder + ".mid");
            Assert.True(render.ExitCode == 0, render.Error);
        }

        Assert.Equal(0, CliRun.Process(tool, temp.Path, "mapping", "validate", RepoPaths.Mapping("fireworks.json")).ExitCode);
        Assert.Equal(0, CliRun.Process(tool, temp.Path, "ports").ExitCode);
        var run = CliRun.Process(tool, temp.Path, "run", video, "-m", "calibration");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(32, NoteLines(run).Length);

        // A library whose own dependency is missing (GTK, as on a server without a desktop) names it and the package.
        InstalledTool.PlantOpenCvNeedingAMissingGtk(Path.GetDirectoryName(program)!);
        var gtk = CliRun.Process(tool, temp.Path, "render", video, "-m", "calibration", "--roll", "gtk.png", "-o", "gtk.mid");
        Assert.Equal(1, gtk.ExitCode);
        Assert.Equal("error: gtk.png: cannot draw the piano roll: OpenCV's native library could not be loaded because libgtk-3.so.9 is missing; on Debian/Ubuntu install it with: sudo apt install libgtk-3-0", Assert.Single(gtk.ErrorLines));
        Assert.False(File.Exists(temp.File("gtk.mid")));
    }

    [PackFact("Xvfb", "ffmpeg", "ffprobe")]
    public void Without_OpenCV_the_preview_window_is_one_line_and_run_and_live_play_on_without_it()
    {
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        string[] tool = [installed.CopyWithoutOpenCv(temp.File("no-opencv"))];
        var environment = new Dictionary<string, string> { ["DISPLAY"] = display.Name };
        const string NoWindow = "No preview window: OpenCV's native library could not be loaded: OpenCvSharpExtern is not installed next to Pix2Midi; reinstall Pix2Midi for this platform; playing on without it.";

        // A display is there, so it is OpenCV that is missing, and the run plays every note to its end.
        using (var run = ToolProcess.Start(tool, temp.Path, environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--preview", "--no-status"))
        {
            Assert.Equal(0, run.WaitForExit(TimeSpan.FromSeconds(60)));
            Assert.Contains(NoWindow, run.OutputLines);
            Assert.Equal(16, run.OutputLines.Count(l => l.Contains(" on  v", StringComparison.Ordinal)));
            Assert.Empty(run.ErrorLines);
        }

        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var live = ToolProcess.Start(tool, temp.Path, environment, "live", "--source", server.Url, "-m", "calibration", "--preview", "--no-status");
        Assert.True(live.WaitUntilOutput(o => o.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)) >= 4, TimeSpan.FromSeconds(30)), live.Output + live.Error);
        live.Signal("INT");
        Assert.Equal(130, live.WaitForExit(TimeSpan.FromSeconds(20)));
        Assert.Contains(NoWindow, live.OutputLines);
    }

    [PackFact("ffmpeg", "ffprobe")]
    public void The_soundtrack_and_the_video_with_it_are_the_builds_and_the_bundled_soundfont_is_installed()
    {
        using var tool = new TempDirectory();
        using var build = new TempDirectory();
        string[] command = ["render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--audio", "sound.wav", "--video", "music.mp4", "--no-progress", "-o", "sound.mid"];
        SameFiles(tool.Path, build.Path, command);
        Assert.Equal(File.ReadAllBytes(build.File("sound.wav")), File.ReadAllBytes(tool.File("sound.wav")));
        Assert.True(new FileInfo(tool.File("music.mp4")).Length > 0);

        // The tool's own SoundFont travels with it, for machines without a General MIDI one.
        var store = Path.Combine(Path.GetDirectoryName(installed.Program)!, ".store");
        var bundled = Directory.GetFiles(store, "pix2midi.sf2", SearchOption.AllDirectories);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "soundfonts", "pix2midi.sf2")), File.ReadAllBytes(Assert.Single(bundled)));
        var own = CliRun.Process(installed.Command, tool.Path, "render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--audio", "own.wav", "--soundfont", bundled[0], "--no-progress", "-o", "own.mid");
        Assert.True(own.ExitCode == 0, own.Error);
        Assert.Contains(own.OutputLines, l => l.StartsWith("sounds   pix2midi.sf2 (given)", StringComparison.Ordinal));
    }

    [PackFact("ffmpeg", "ffprobe", "midicsv")]
    public void The_colour_mapping_and_a_chosen_sample_rate_give_the_builds_files()
    {
        using var tool = new TempDirectory();
        using var build = new TempDirectory();
        // The README's "Try it" colour mapping, with a soundtrack at another rate than the default.
        string[] command = ["render", RepoPaths.SampleVideo("fireworks.mp4"), "-m", "fireworks-colours", "--audio", "colours.wav", "--sample-rate", "44100", "--no-progress", "-o", "colours.mid"];
        var render = SameFiles(tool.Path, build.Path, command);
        Assert.Contains(render.OutputLines, l => l.StartsWith("audio    colours.wav: 44.1 kHz", StringComparison.Ordinal));
        Assert.NotEmpty(Midicsv.Read(tool.File("colours.mid")).Notes);
        Assert.Equal(File.ReadAllBytes(build.File("colours.mid")), File.ReadAllBytes(tool.File("colours.mid")));
        Assert.Equal(File.ReadAllBytes(build.File("colours.wav")), File.ReadAllBytes(tool.File("colours.wav")));
    }

    [PackFact("ffmpeg", "ffprobe", "midicsv")]
    public void The_musical_time_mapping_gives_the_builds_files_with_every_note_on_its_grid()
    {
        using var tool = new TempDirectory();
        using var build = new TempDirectory();

        // The README's fireworks-beat: 100 BPM on sixteenths, triads, an arpeggio, and its piano roll with bar lines.
        string[] command = ["render", RepoPaths.SampleVideo("fireworks.mp4"), "-m", "fireworks-beat", "--roll", "beat.png", "--no-progress", "-o", "beat.mid"];
        var render = SameFiles(tool.Path, build.Path, command);
        Assert.Contains(render.OutputLines, l => l.Contains("at 100 BPM, every note-on on the 1/16 grid", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(build.File("beat.mid")), File.ReadAllBytes(tool.File("beat.mid")));
        Assert.Equal(File.ReadAllBytes(build.File("beat.png")), File.ReadAllBytes(tool.File("beat.png")));
        var file = Midicsv.Read(tool.File("beat.mid"));
        Assert.Equal(600_000, file.Tempo);
        Assert.All(file.Notes.Where(n => n.IsOn), n => Assert.Equal(0, n.Tick % (file.TicksPerQuarter / 4)));
    }

    [PackFact("jackd", "jack_midi_dump", "jack_lsp", "jack_connect", "ffmpeg")]
    public Task The_other_readme_options_of_test_note_run_and_live_work_through_JACK() => JackTrials.RunAsync(log, async rig =>
    {
        using var dump = rig.StartMidiDump("pix2midi-installed-options");
        using var temp = new TempDirectory();
        var video = RepoPaths.SampleVideo("calibration.mp4");

        // test-note --port --channel --note: E4 on channel 3.
        using (var note = ToolProcess.Start(installed.Command, temp.Path, rig.Environment, "test-note", "--port", "jack:" + dump.PortName, "--channel", "3", "--note", "E4"))
        {
            var sent = await note.ExitAsync(TimeSpan.FromSeconds(30));
            Assert.True(sent.ExitCode == 0, sent.Error + sent.Output);
            var on = dump.WaitForMessages(2, TimeSpan.FromSeconds(5)).First(m => (m.Bytes[0] & 0xF0) == 0x90);
            Assert.Equal(new byte[] { 0x92, 64 }, on.Bytes.Take(2));
        }

        // run --virtual NAME --loop --no-status: a port of its own to connect to; SIGTERM ends the loop.
        var before = dump.Messages.Count;
        using (var looping = ToolProcess.Start(installed.Command, temp.Path, rig.Environment, "run", video, "-m", "calibration", "--virtual", "pix2midi-virtual", "--loop", "--clock", "--no-status", "--stats", "loop.json"))
        {
            string? port = null;
            Assert.True(rig.WaitForPorts(ports => (port = ports.FirstOrDefault(p => p.StartsWith("pix2midi-virtual:", StringComparison.Ordinal))) is not null, TimeSpan.FromSeconds(20)), looping.Output + looping.Error);
            rig.Connect(port!, dump.PortName);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (dump.Messages.Skip(before).Count(m => m.Bytes[0] == 0x90) < 4 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            looping.Signal("TERM");
            var run = await looping.ExitAsync(TimeSpan.FromSeconds(20));
            Assert.True(run.ExitCode == 143, $"exit {run.ExitCode}: {run.Error}{run.Output}");
            Assert.Contains("to jack:pix2midi-virtual:", run.Output, StringComparison.Ordinal);
            Assert.True(dump.Messages.Skip(before).Count(m => m.Bytes[0] == 0x90) >= 4, string.Join('\n', dump.Lines));
            Assert.Contains("\"stopped\": \"cancelled\"", File.ReadAllText(temp.File("loop.json")), StringComparison.Ordinal);

            // --clock: pulses while it played (Start may have gone before the port was connected), Stop at the end.
            Assert.Contains("MIDI clock at 120 BPM", run.Output, StringComparison.Ordinal);
            Assert.Contains(dump.Messages.Skip(before), m => m.Bytes is [0xF8]);
            Assert.True(await ArrivesAsync(dump, before, 0xFC), string.Join('\n', dump.Lines.TakeLast(5)));
        }

        // run --synth --audio-driver --soundfont: the built-in synthesizer as a JACK client, with the tool's own sounds.
        var store = Path.Combine(Path.GetDirectoryName(installed.Program)!, ".store");
        var soundFont = Assert.Single(Directory.GetFiles(store, "pix2midi.sf2", SearchOption.AllDirectories));
        using (var synth = ToolProcess.Start(installed.Command, temp.Path, rig.Environment, "run", video, "-m", "calibration", "--synth", "--audio-driver", "jack", "--soundfont", soundFont, "--port", "console", "--no-status"))
        {
            Assert.True(synth.WaitUntilOutput(o => o.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)) >= 2, TimeSpan.FromSeconds(30)), synth.Output + synth.Error);
            synth.Signal("INT");
            var run = await synth.ExitAsync(TimeSpan.FromSeconds(20));
            Assert.True(run.ExitCode == 130, $"exit {run.ExitCode}: {run.Error}{run.Output}");
            Assert.Contains(run.OutputLines, l => l.Contains("pix2midi.sf2", StringComparison.Ordinal) && l.Contains("through jack", StringComparison.Ordinal));
            Assert.Contains("synth:FluidSynth ", run.Output, StringComparison.Ordinal);
        }

        // live --stats --give-up-after --no-status: the stream ends, and after that long without pictures it gives up.
        before = dump.Messages.Count;
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var live = ToolProcess.Start(installed.Command, temp.Path, rig.Environment, "live", "--source", server.Url, "-m", "calibration", "--port", "jack:" + dump.PortName, "--stats", "live.json", "--give-up-after", "3", "--clock", "--no-status");
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (dump.Messages.Skip(before).Count(m => m.Bytes[0] == 0x90) < 4 && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        server.Stop();
        var gaveUp = await live.ExitAsync(TimeSpan.FromSeconds(40));
        Assert.True(gaveUp.ExitCode == 1, $"exit {gaveUp.ExitCode}: {gaveUp.Error}{gaveUp.Output}");
        Assert.StartsWith($"error: {server.Url}: no picture for 3 s", gaveUp.ErrorLines[^1], StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("live.json")), gaveUp.Output);
        Assert.Equal(Enumerable.Range(60, 4), dump.Messages.Skip(before).Where(m => m.Bytes[0] == 0x90).Select(m => (int)m.Bytes[1]).Take(4));

        // live --clock: Start, pulses, and Stop when it gave up.
        Assert.True(await ArrivesAsync(dump, before, 0xFC), string.Join('\n', dump.Lines.TakeLast(5)));
        var clock = dump.Messages.Skip(before).Where(m => m.Bytes[0] >= 0xF8).ToList();
        Assert.True(clock.Count > 2 && clock[0].Bytes is [0xFA] && clock[^1].Bytes is [0xFC], string.Join('\n', clock.Take(3).Concat(clock.TakeLast(3))));
    });

    private static string[] NoteLines(CliRun run) =>
        [.. run.OutputLines.Where(l => l.Contains(" on  v", StringComparison.Ordinal) || l.EndsWith(" off", StringComparison.Ordinal))];

    private static void SamePictureSize(string tool, string build)
    {
        using var a = Cv2.ImRead(tool, ImreadModes.Color);
        using var b = Cv2.ImRead(build, ImreadModes.Color);
        Assert.False(a.Empty(), tool);
        Assert.Equal((b.Cols, b.Rows), (a.Cols, a.Rows));
    }

    /// <summary>Runs one command in the tool's folder and the build's; both must say the same, but for the speed line.</summary>
    private CliRun SameFiles(string toolDir, string buildDir, string[] command)
    {
        var tool = CliRun.Process(installed.Command, toolDir, command);
        var build = CliRun.Process(ToolCommand.OwnBuild, buildDir, command);
        var what = string.Join(' ', command);
        Assert.True(tool.ExitCode == 0, $"{what}: exit {tool.ExitCode}\n{tool.Error}");
        Assert.Equal(build.ExitCode, tool.ExitCode);
        static string[] Words(CliRun run) => [.. run.OutputLines.Where(l => !l.StartsWith("speed", StringComparison.Ordinal))];
        Assert.Equal(Words(build), Words(tool));
        Assert.Equal(build.ErrorLines, tool.ErrorLines);
        return tool;
    }

    private void SameAsBuild(string directory, string[] command)
    {
        var tool = CliRun.Process(installed.Command, directory, command);
        var build = CliRun.Process(ToolCommand.OwnBuild, directory, command);
        var what = string.Join(' ', command);
        Assert.True(build.ExitCode == tool.ExitCode, $"{what}: exit {tool.ExitCode}, the build's {build.ExitCode}\n{tool.Error}");
        Assert.True(build.Output == tool.Output, $"{what}: standard output differs\n--- installed\n{tool.Output}\n--- build\n{build.Output}");
        Assert.True(build.Error == tool.Error, $"{what}: standard error differs\n--- installed\n{tool.Error}\n--- build\n{build.Error}");
    }

    /// <summary>Whether a one-byte message <paramref name="status"/> reaches the dump after its first <paramref name="before"/> messages within 5 s.</summary>
    private static async Task<bool> ArrivesAsync(JackMidiDump dump, int before, byte status)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!dump.Messages.Skip(before).Any(m => m.Bytes.Count == 1 && m.Bytes[0] == status))
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
