using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// Receivers that stop reading never hold up the music: a JACK client frozen with SIGSTOP (the
/// server plays on without it), and a standard output that nobody reads
/// (<c>pix2midi run … | (sleep 60)</c>), where the console monitor's lines are dropped and counted.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class ReceiverStopsReadingTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "kill")]
    public async Task A_frozen_JACK_receiver_delays_nothing()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("frozen-monitor");
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--stats", "stats.json");
        dump.WaitForMessages(2, Patience);

        Receiver.TrySignal(dump.ProcessId, "STOP");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Receiver.TrySignal(dump.ProcessId, "CONT");
        var run = await tool.ExitAsync(Patience);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Played 0:06.0", run.Output, StringComparison.Ordinal);
        var jack = JackFigures(temp.File("stats.json"));
        Assert.Equal(jack.Sent, jack.Delivered);

        // Frozen for 2 s: a held-up port would deliver seconds late. A period or two late on a loaded
        // machine is the machine, not the receiver.
        Assert.True(jack.MaxLatenessMs < 50, File.ReadAllText(temp.File("stats.json")));

        // The receiver hears again after it thaws (what came while it was frozen is lost to it, as JACK does).
        Assert.Contains(Receiver.Settle(dump, 0), m => m.Bytes[0] == 0x90 && m.Bytes[1] == 75);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "ffmpeg")]
    public Task A_standard_output_nobody_reads_never_blocks_the_notes() => JackTrials.RunAsync(log, async rig =>
    {
        var dump = rig.StartMidiDump("pipe-monitor");
        using var temp = new TempDirectory();

        // Every cell on, then off, every frame for 10 s: 16 console lines a frame, far more than a pipe holds.
        var video = temp.File("flicker.mp4");
        ExternalTool.Ffmpeg("-f", "lavfi", "-i", "color=c=black:s=160x90:r=30:d=10", "-vf", "geq=lum='if(mod(N,2),255,0)':cb=128:cr=128", "-c:v", "mpeg4", "-q:v", "2", video);
        var command = ToolCommand.Prefix;
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = temp.Path,
        };
        foreach (var argument in (string[])[.. command[1..], "run", video, "-m", "calibration", "--port", "jack:" + dump.PortName, "--port", "console", "--record", "played.mid", "--stats", "stats.json"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in rig.Environment)
        {
            start.Environment[key] = value;
        }

        using var tool = Process.Start(start)!;
        try
        {
            var error = tool.StandardError.ReadToEndAsync();

            // Nobody reads the standard output: still, the whole video plays and the files are written.
            Assert.True(await Receiver.WaitUntilAsync(() => File.Exists(temp.File("stats.json")), Patience), "the run never finished while its output was not read");
            var jack = JackFigures(temp.File("stats.json"));
            Assert.Equal(jack.Sent, jack.Delivered);
            var received = Receiver.Settle(dump, 0);
            var recorded = Midicsv.Read(temp.File("played.mid"));
            var heard = received.Count(m => (m.Bytes[0] & 0xE0) == 0x80);
            if (heard != recorded.Notes.Count)
            {
                // Pix2Midi wrote every message into its port (above): the receiver lost some.
                throw new LostAtReceiverException($"the receiver heard {heard} of the {recorded.Notes.Count} note messages Pix2Midi delivered");
            }

            Assert.True(recorded.Notes.Count(n => n.IsOn) > 2000, $"{recorded.Notes.Count} notes");
            Assert.False(tool.HasExited, "it should be waiting to print its summary");

            // Read at last: it prints what it could, says how many lines were dropped, and ends.
            var output = await tool.StandardOutput.ReadToEndAsync();
            Assert.True(tool.WaitForExit(Patience), "pix2midi did not end once its output was read");
            ToolDefects.Check(output, await error);
            Assert.True(tool.ExitCode == 0, output + await error);
            Assert.Contains(" lines not shown: the terminal was not reading them", output, StringComparison.Ordinal);
            Assert.Contains("Played 0:10.0", output, StringComparison.Ordinal);
        }
        finally
        {
            if (!tool.HasExited)
            {
                tool.Kill();
            }
        }
    });

    /// <summary>The JACK output's figures in a <c>--stats</c> file.</summary>
    private static (long Sent, long Delivered, double MaxLatenessMs) JackFigures(string stats)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(stats));
        var jack = json.RootElement.GetProperty("outputs").EnumerateArray().First(o => o.GetProperty("port").GetString()!.StartsWith("jack:", StringComparison.Ordinal));
        return (jack.GetProperty("sent").GetInt64(), jack.GetProperty("delivered").GetInt64(), jack.GetProperty("maxLatenessMs").GetDouble());
    }
}
