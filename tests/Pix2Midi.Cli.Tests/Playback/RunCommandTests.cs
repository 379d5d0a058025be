using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Tests.Playback;

public class RunCommandTests
{
    private static CliRun Run(FakeMidiBackend[] backends, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { RunCommandFactory.Create(() => backends), PortsCommandFactory.Create(() => backends), TestNoteCommandFactory.Create(() => backends) };
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static readonly FakeMidiBackend[] NoMidi = [new("alsa", false), new("jack", false)];

    [Fact]
    public void With_no_MIDI_at_all_the_notes_are_shown_with_a_hint_on_connecting_a_port()
    {
        var run = Run(NoMidi, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("No MIDI port found, so the notes are shown here", run.Output);
        Assert.Contains("Connecting a MIDI port", run.Output);
        Assert.Equal(16, run.Output.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)));
        Assert.Contains("  0:00.33  ch  1  C4   on  v", run.Output);
        Assert.Contains("Every note was stopped.", run.Output);
    }

    [Fact]
    public void Clock_with_only_the_console_says_in_one_line_that_nothing_gets_it_and_plays_on()
    {
        var run = Run(NoMidi, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--clock");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Single(run.Output.Split('\n'), l => l.StartsWith("--clock: no MIDI port is playing, so nothing gets the MIDI clock", StringComparison.Ordinal));
        Assert.Equal(16, run.Output.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)));
        Assert.DoesNotContain("Timing", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plays_to_the_named_port_each_note_due_at_its_frame_time()
    {
        var jack = new FakeMidiBackend("jack", true, "fluidsynth:midi_00", "midi-monitor:input");

        var run = Run([jack], "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:midi-monitor");

        Assert.True(run.ExitCode == 0, run.Error);
        var port = Assert.Single(jack.Opened);
        Assert.Equal("jack:midi-monitor:input", port.Port.QualifiedName);
        Assert.True(port.Closed);
        var ons = port.Received.Where(r => r.Message.Kind == NoteEventKind.NoteOn).ToList();
        Assert.Equal(Enumerable.Range(60, 16), ons.Select(r => (int)r.Message.Data1));
        var frame = Stopwatch.Frequency / 30.0;
        for (var cell = 0; cell < 16; cell++)
        {
            // Cell c lights at frame 10 + 10c: due times are exactly 10 frames apart.
            Assert.Equal(ons[0].Due + (long)(cell * 10 * frame), ons[cell].Due, tolerance: 2);
        }
    }

    [Fact]
    public void The_recording_holds_the_same_notes_at_the_same_ticks_as_a_render()
    {
        using var temp = new TempDirectory();
        var jack = new FakeMidiBackend("jack", true, "fluidsynth:midi_00");

        var run = Run([jack], "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "fluidsynth", "--record", temp.File("run.mid"));
        var render = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("render.mid"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, render.ExitCode);
        var played = SmfReader.ReadFile(temp.File("run.mid")).ChannelEvents.Where(e => (e.Status & 0xE0) == 0x80).Select(e => (e.Tick, e.Status, e.Data1, e.Data2));
        var rendered = SmfReader.ReadFile(temp.File("render.mid")).ChannelEvents.Where(e => (e.Status & 0xE0) == 0x80).Select(e => (e.Tick, e.Status, e.Data1, e.Data2));
        Assert.Equal(rendered, played);
        Assert.Contains("Recorded what was sent to", run.Output);
    }

    [Fact]
    public void Stats_are_valid_json_with_the_timing_figures()
    {
        using var temp = new TempDirectory();
        var jack = new FakeMidiBackend("jack", true, "synth");

        var run = Run([jack], "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "synth", "--stats", temp.File("stats.json"));

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("stats.json")));
        var root = json.RootElement;
        Assert.Equal("ended", root.GetProperty("stopped").GetString());
        Assert.Equal(180, root.GetProperty("framesPlayed").GetInt32());
        Assert.Equal(0, root.GetProperty("framesDropped").GetInt32());
        Assert.Equal(16, root.GetProperty("notes").GetInt32());
        Assert.Equal(34, root.GetProperty("eventsSent").GetInt32()); // 16 on, 16 off, CC 123 and CC 120 on channel 1
        var lateness = root.GetProperty("latenessMs");
        Assert.True(lateness.GetProperty("p50").GetDouble() <= lateness.GetProperty("p99").GetDouble());
        Assert.True(lateness.GetProperty("p99").GetDouble() <= lateness.GetProperty("max").GetDouble());
        Assert.Equal("jack:synth", root.GetProperty("outputs")[0].GetProperty("port").GetString());
    }

    [Fact]
    public void A_port_name_that_matches_nothing_lists_the_ports_and_plays_nothing()
    {
        var jack = new FakeMidiBackend("jack", true, "fluidsynth:midi_00");

        var run = Run([jack], "run", RepoPaths.SampleVideo("calibration.mp4"), "--port", "Ableton");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: --port Ableton: no MIDI output has that name. There are: jack:fluidsynth:midi_00.", Assert.Single(run.ErrorLines));
        Assert.Empty(jack.Opened);
    }

    [Fact]
    public void A_record_file_in_a_missing_folder_is_refused_before_playing()
    {
        var jack = new FakeMidiBackend("jack", true, "synth");

        var run = Run([jack], "run", RepoPaths.SampleVideo("calibration.mp4"), "--port", "synth", "--record", "/no/such/folder/x.mid");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the folder /no/such/folder does not exist", Assert.Single(run.ErrorLines));
        Assert.Empty(jack.Opened);
    }

    [Fact]
    public void Ports_lists_outputs_by_backend_and_says_why_a_backend_is_missing()
    {
        var run = Run([new FakeMidiBackend("alsa", false), new FakeMidiBackend("jack", true, "fluidsynth:midi_00", "midi-monitor:input")], "ports");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("alsa: not available: no alsa server is running", run.Output);
        Assert.Contains("jack: 2 outputs\n  jack:fluidsynth:midi_00\n  jack:midi-monitor:input", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("--port NAME", run.Output);
    }

    [Fact]
    public void Ports_with_nothing_there_points_to_the_readme()
    {
        var run = Run(NoMidi, "ports");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No MIDI outputs here", run.Output);
    }

    [Fact]
    public void Test_note_plays_middle_C_for_half_a_second_and_says_what_to_check()
    {
        var jack = new FakeMidiBackend("jack", true, "fluidsynth:midi_00");

        var run = Run([jack], "test-note", "--port", "fluid");

        Assert.Equal(0, run.ExitCode);
        var received = Assert.Single(jack.Opened).Received;
        Assert.Equal([(NoteEventKind.NoteOn, 60, 100), (NoteEventKind.NoteOff, 60, 0)], received.Select(r => (r.Message.Kind, (int)r.Message.Data1, (int)r.Message.Data2)));
        Assert.Equal(Stopwatch.Frequency / 2, received[1].Due - received[0].Due, tolerance: 2);
        Assert.Contains("Sent C4 (note 60, velocity 100) on channel 1 for 0.5 s to jack:fluidsynth:midi_00.", run.Output);
        Assert.Contains("No sound? Check that", run.Output);
    }

    [Fact]
    public async Task Saving_the_mapping_while_playing_is_heard_and_an_invalid_save_keeps_the_running_one()
    {
        using var temp = new TempDirectory();
        var mapping = temp.File("live.json");
        var original = File.ReadAllText(RepoPaths.Mapping("calibration.json"));
        File.WriteAllText(mapping, original);
        var jack = new FakeMidiBackend("jack", true, "synth");

        var playing = Task.Run(() => Run([jack], "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", mapping, "--port", "synth"));

        // Saves follow the music, not the wall clock: cell c sounds at (10 + 10c) / 30 s.
        await NotesSounded(jack, 1);
        File.WriteAllText(mapping, "{ \"grids\": [ { \"rows\": 4, \"columns\": 4, \"notes\": [1, 2] } ] }");

        // The invalid save is reported after two quiet intervals (it might be half-written): give
        // it two seconds of music before the next save replaces it.
        await NotesSounded(jack, 8);
        File.WriteAllText(mapping, original.Replace("\"notes\": [", "\"channel\": 2, \"notes\": [", StringComparison.Ordinal));
        var run = await playing;

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("error: " + mapping + ":1:", run.Error);
        Assert.Contains("Kept the running mapping", run.Error);
        Assert.Contains("Reloaded " + mapping + ": 16 regions", run.Output);
        var ons = Assert.Single(jack.Opened).Received.Where(r => r.Message.Kind == NoteEventKind.NoteOn).Select(r => r.Message).ToList();
        Assert.Equal(0, ons[0].Channel);
        Assert.Equal(1, ons[^1].Channel);
        Assert.Equal(75, ons[^1].Data1);
    }

    private static async Task NotesSounded(FakeMidiBackend backend, int count)
    {
        var deadline = Stopwatch.StartNew();
        while (backend.Opened.Count == 0 || backend.Opened[0].Received.Count(r => r.Message.Kind == NoteEventKind.NoteOn) < count)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), $"{count} notes never sounded");
            await Task.Delay(10);
        }
    }

    [Theory]
    [InlineData("--channel", "17")]
    [InlineData("--note", "H9")]
    public void Test_note_refuses_a_channel_or_note_out_of_range(string option, string value)
    {
        var run = Run(NoMidi, "test-note", option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("allowed", run.Error);
    }
}
