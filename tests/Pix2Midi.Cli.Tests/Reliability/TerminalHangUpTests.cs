using System.Diagnostics;
using System.Text.Json;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// The terminal closes under a run (the window or SSH session goes): the kernel sends SIGHUP and
/// every later write to the terminal fails. The run still releases every note, writes complete
/// files and ends, with no crash on the dead terminal.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public class TerminalHangUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "script", "kill")]
    public async Task Closing_the_terminal_of_a_run_releases_every_note_and_writes_complete_files()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("hangup-monitor");
        using var temp = new TempDirectory();

        // script(1) runs pix2midi on a terminal of its own, with the status line and the console monitor
        // writing to it; killing script closes that terminal, as closing a window does.
        // The shell does what an interactive shell does when its terminal hangs up: it passes SIGHUP on
        // to its job. It outlives the terminal (a handler, which exec resets) to write down how pix2midi ended.
        var command = "trap 'kill -HUP $job' HUP; " + string.Join(' ', ToolCommand.Prefix.Concat(new[] { "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--loop", "--port", "jack:" + dump.PortName, "--port", "console", "--record", "played.mid", "--stats", "stats.json" }).Select(Quote)) + " & job=$!; wait $job; wait $job; echo $? > status.txt";
        var start = new ProcessStartInfo(ExternalTool.Find("script")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = temp.Path,
        };
        foreach (var argument in (string[])["-q", "-e", "-c", command, "/dev/null"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in rig.Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["SHELL"] = "/bin/sh";
        using var terminal = Process.Start(start)!;
        var shown = terminal.StandardOutput.ReadToEndAsync();
        var error = terminal.StandardError.ReadToEndAsync();
        try
        {
            dump.WaitForMessages(4, Patience);
            Assert.True(Receiver.TrySignal(terminal.Id, "KILL"));

            // Ended by the signal itself (128 + 1), not by a crash on the dead terminal (134, SIGABRT).
            Assert.True(await Receiver.WaitUntilAsync(() => File.Exists(temp.File("status.txt")), Patience), "pix2midi still runs after its terminal closed");
            await Task.Delay(100);
            Assert.Equal("129", File.ReadAllText(temp.File("status.txt")).Trim());

            // What the terminal showed before it closed (script is gone, so its pipes end).
            var texts = await Task.WhenAll(shown, error).WaitAsync(Patience);
            ToolDefects.Check(texts[0], texts[1]);
            Assert.Empty(Receiver.Unmatched(Receiver.Settle(dump, 0)));
            var recorded = Midicsv.Read(temp.File("played.mid"));
            Assert.NotEmpty(recorded.Notes);
            Assert.Empty(Receiver.Unmatched(recorded));
            using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("stats.json")));
            Assert.Equal("cancelled", stats.RootElement.GetProperty("stopped").GetString());
            Assert.Equal(["played.mid", "stats.json", "status.txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
        }
        finally
        {
            foreach (var pid in Running(temp.Path))
            {
                Receiver.TrySignal(pid, "KILL");
            }
        }
    }

    /// <summary>The processes whose command line names <paramref name="folder"/> (pix2midi, started by script, is not our child).</summary>
    private static List<int> Running(string folder)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(entry, "cmdline")).Contains(ToolCommand.Marker, StringComparison.Ordinal)
                    && Directory.ResolveLinkTarget(Path.Combine(entry, "cwd"), returnFinalTarget: false)?.FullName == folder)
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours to read.
            }
        }

        return found;
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
