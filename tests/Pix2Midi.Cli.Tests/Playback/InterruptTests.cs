using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Tests.Playback;

/// <summary>Ctrl+C (SIGINT) and SIGTERM stop a run at any moment with every note released.</summary>
public class InterruptTests
{
    [Theory]
    [InlineData("INT", 1)]
    [InlineData("INT", 2)]
    [InlineData("TERM", 3)]
    public async Task A_signal_at_a_random_moment_leaves_no_note_without_its_note_off(string signal, int seed)
    {
        using var temp = new TempDirectory();
        var stopAfter = TimeSpan.FromMilliseconds(new Random(seed).Next(500, 2500));

        using var tool = ToolProcess.Start(temp.Path, null, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--loop", "--record", "played.mid", "--stats", "stats.json");
        await tool.WaitForOutputAsync(" on  v", TimeSpan.FromSeconds(30)); // the first note has sounded
        await Task.Delay(stopAfter);
        tool.Signal(signal);
        var run = await tool.ExitAsync(TimeSpan.FromSeconds(20));

        Assert.True(run.ExitCode == 130, $"exit {run.ExitCode}: {run.Error}");
        var lines = run.Output.Split('\n');
        var ons = lines.Count(l => l.Contains(" on  v", StringComparison.Ordinal));
        var offs = lines.Count(l => l.TrimEnd().EndsWith(" off", StringComparison.Ordinal));
        Assert.Equal(ons, offs);
        var recorded = SmfReader.ReadFile(temp.File("played.mid")).ChannelEvents.ToList();
        Assert.Equal(recorded.Count(e => (e.Status & 0xF0) == 0x90), recorded.Count(e => (e.Status & 0xF0) == 0x80));
        Assert.Contains(recorded, e => e.Status == 0xB0 && e.Data1 == 123);
        Assert.Contains("\"stopped\": \"cancelled\"", File.ReadAllText(temp.File("stats.json")));
        Assert.DoesNotContain("Exception", run.Error);
    }
}
