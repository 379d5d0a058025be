namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// A JACK server that hangs (frozen here with SIGSTOP: it keeps its socket and answers no one).
/// libjack waits for its answer without a time limit; Pix2Midi waits 10 s, then says so in one line
/// instead of hanging silently before its first word.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class ServerNotAnsweringTests
{
    private const string NoAnswer = "the JACK server does not answer (waited 10 s): it is stuck or stopped; restart it (jackd or QjackCtl), or pick another port";

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "kill")]
    public async Task Run_to_a_frozen_server_says_it_does_not_answer_exits_1_and_writes_no_file()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("frozen-monitor");
        using var temp = new TempDirectory();
        rig.Freeze();

        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", "played.mid", "--stats", "stats.json");
        var run = await tool.ExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Output} {run.Error}");
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"error: --port jack:{dump.PortName}: jack is not available here: {NoAnswer}", line);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [ToolFact("jackd", "jack_lsp", "kill")]
    public async Task Ports_lists_a_frozen_server_as_not_answering_and_the_other_backends_still()
    {
        using var rig = JackRig.Start();
        using var temp = new TempDirectory();
        rig.Freeze();

        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "ports");
        var run = await tool.ExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Output} {run.Error}");
        Assert.Contains("jack: not available: " + NoAnswer, run.OutputLines);
        Assert.Contains(run.OutputLines, l => l.StartsWith("console:", StringComparison.Ordinal));
        Assert.Empty(run.ErrorLines);
    }
}
