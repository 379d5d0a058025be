using System.Text.Json;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// A MIDI port that goes away mid-run, with a real JACK server and receiver. The receiver killed:
/// one line names the port, the run plays on into its own JACK port and connects again when a
/// receiver of that name is back. The server stopped: one line names the port; the run plays on to
/// the outputs left (the console monitor here), or, with none left, stops with exit 1. Either way
/// the <c>--record</c> file is complete.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class OutputLossTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "kill")]
    public async Task Run_plays_on_when_the_receiver_is_killed_and_reconnects_when_it_is_back()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("loss-monitor");
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", "played.mid", "--stats", "stats.json");
        dump.WaitForMessages(4, Patience); // two notes have played

        Receiver.TrySignal(dump.ProcessId, "KILL");
        await tool.WaitForOutputAsync($"jack:{dump.PortName} went away (did its program quit?): Pix2Midi plays on", Patience);
        var back = rig.StartMidiDump("loss-monitor");
        await tool.WaitForOutputAsync($"jack:{dump.PortName} is back: connected again.", Patience);
        var run = await tool.ExitAsync(Patience);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Played 0:06.0", run.Output, StringComparison.Ordinal);
        var received = Receiver.Settle(back, 0);
        Assert.Contains(received, m => m.Bytes[0] == 0x90 && m.Bytes[1] == 75); // the last note reached the new receiver
        Assert.Empty(Receiver.Unmatched(received));
        var recorded = Midicsv.Read(temp.File("played.mid"));
        Assert.Equal(16, recorded.Notes.Count(n => n.IsOn));
        Assert.Empty(Receiver.Unmatched(recorded));
        Assert.Empty(run.ErrorLines);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "ffmpeg", "kill")]
    public async Task Live_plays_on_when_the_receiver_is_killed_and_reconnects_when_it_is_back()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("loss-monitor");
        using var temp = new TempDirectory();
        using var camera = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "live", "--source", camera.Url, "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", "live.mid");
        dump.WaitForMessages(4, Patience);

        Receiver.TrySignal(dump.ProcessId, "KILL");
        await tool.WaitForOutputAsync($"jack:{dump.PortName} went away", Patience);
        var back = rig.StartMidiDump("loss-monitor");
        await tool.WaitForOutputAsync($"jack:{dump.PortName} is back: connected again.", Patience);
        back.WaitForMessages(4, Patience); // playing to the new receiver
        tool.Signal("INT");
        var run = await tool.ExitAsync(Patience);

        Assert.True(run.ExitCode == 130, run.Output + run.Error);
        Assert.Empty(Receiver.Unmatched(Receiver.Settle(back, 0)));
        Assert.Empty(Receiver.Unmatched(Midicsv.Read(temp.File("live.mid"))));
        Assert.Empty(run.ErrorLines);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "kill")]
    public async Task Run_plays_on_to_the_outputs_left_when_the_JACK_server_stops()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("loss-monitor");
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--port", "console", "--record", "played.mid");
        dump.WaitForMessages(4, Patience);

        rig.StopServer();
        await tool.WaitForOutputAsync($"jack:{dump.PortName} is lost: the JACK server stopped", Patience);
        var run = await tool.ExitAsync(Patience);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var loss = Assert.Single(run.Output.Split('\n'), l => l.Contains(" is lost: ", StringComparison.Ordinal));
        Assert.EndsWith("Playing on to console:monitor.", loss, StringComparison.Ordinal);
        var lines = run.Output.Split('\n');
        Assert.Equal(16, lines.Count(l => l.Contains(" on  v", StringComparison.Ordinal)));
        Assert.Equal(16, lines.Count(l => l.TrimEnd().EndsWith(" off", StringComparison.Ordinal)));
        var recorded = Midicsv.Read(temp.File("played.mid"));
        Assert.Equal(16, recorded.Notes.Count(n => n.IsOn));
        Assert.Empty(Receiver.Unmatched(recorded));
        Assert.Empty(run.ErrorLines);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "kill")]
    public async Task Run_stops_with_exit_1_and_complete_files_when_the_JACK_server_stops_and_no_output_is_left()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("loss-monitor");
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--loop", "--port", "jack:" + dump.PortName, "--record", "played.mid", "--stats", "stats.json");
        dump.WaitForMessages(4, Patience);

        rig.StopServer();
        var run = await tool.ExitAsync(Patience);

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        var error = Assert.Single(run.ErrorLines);
        Assert.Equal($"error: jack:{dump.PortName} is lost: the JACK server stopped; start it again (jackd or QjackCtl) and restart Pix2Midi, or pick another port. No MIDI output is left, so Pix2Midi stopped.", error);
        Assert.Contains("Stopped ", run.Output, StringComparison.Ordinal);
        AssertCompleteRecord(temp.File("played.mid"));
        using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("stats.json")));
        Assert.Equal("failed", stats.RootElement.GetProperty("stopped").GetString());
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "ffmpeg", "kill")]
    public async Task Live_stops_with_exit_1_and_a_complete_record_when_the_JACK_server_stops_and_no_output_is_left()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("loss-monitor");
        using var temp = new TempDirectory();
        using var camera = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "live", "--source", camera.Url, "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", "live.mid", "--stats", "live.json");
        dump.WaitForMessages(4, Patience);

        rig.StopServer();
        var run = await tool.ExitAsync(Patience);

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"error: jack:{dump.PortName} is lost: the JACK server stopped", error, StringComparison.Ordinal);
        AssertCompleteRecord(temp.File("live.mid"));
        using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("live.json")));
        Assert.Equal("failed", stats.RootElement.GetProperty("stopped").GetString());
    }

    /// <summary>midicsv reads it, every note-on has its note-off, and it ends with the channel resets.</summary>
    private static void AssertCompleteRecord(string file)
    {
        var recorded = Midicsv.Read(file);
        Assert.NotEmpty(recorded.Notes);
        Assert.Empty(Receiver.Unmatched(recorded));
        var csv = ExternalTool.Run("midicsv", [file]).StandardOutput;
        Assert.Contains("Control_c, 0, 123, 0", csv, StringComparison.Ordinal);
        Assert.Contains("Control_c, 0, 120, 0", csv, StringComparison.Ordinal);
    }
}
