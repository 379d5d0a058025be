using System.Text.Json;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// A terminal paused with Ctrl+S never holds up a note: <c>run</c> and <c>live</c> on a terminal of
/// their own, with the status line on it (standard error) and the live notices (standard output),
/// play on time and send every note-off while nothing they write can reach the screen.
/// </summary>
/// <remarks>
/// While a terminal is paused, every write to it waits, standard output and error alike; a
/// standard error redirected to a pipe gets no status line, so a paused terminal is where the
/// status line and the notices could hold up the MIDI thread.
/// </remarks>
[Collection(ReliabilityCollection.Name)]
public class TerminalNotReadingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "script", "kill")]
    public async Task A_run_on_a_paused_terminal_plays_every_note_on_time_and_writes_its_files()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("paused-run-monitor");
        using var temp = new TempDirectory();
        using var terminal = PausableTerminal.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", "played.mid", "--stats", "stats.json");

        // The status line is drawn on the terminal; then the user presses Ctrl+S.
        Assert.True(await terminal.WaitForTextAsync("▶ 0:00.", Patience), terminal.Text);
        terminal.Pause();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var shown = terminal.Text.Length;

        // The whole video plays and its files are written while the terminal shows nothing.
        Assert.True(await Receiver.WaitUntilAsync(() => File.Exists(temp.File("stats.json")), Patience), "the run stood still while its terminal was paused");
        Assert.True(shown == terminal.Text.Length, "the terminal was not paused: " + terminal.Text[shown..]);
        Assert.False(terminal.HasExited, "it should be waiting to print its summary");
        var (sent, delivered, late) = JackFigures(temp.File("stats.json"));
        Assert.Equal(sent, delivered);
        // Pix2Midi handed every message over in time, terminal paused or not: a write held up by the
        // paused terminal would make it seconds late (the pause lasts the whole video). A millisecond
        // or two is a loaded machine. A message JACK's own cycle then played late can only be an xrun
        // of the server on this VM, which it logs.
        var stats = File.ReadAllText(temp.File("stats.json"));
        using (var json = JsonDocument.Parse(stats))
        {
            Assert.True(json.RootElement.GetProperty("latenessMs").GetProperty("max").GetDouble() < 50, stats);
        }

        Assert.True(late == 0 || rig.ServerLog.Contains("XRun", StringComparison.Ordinal), stats + rig.ServerLog);
        var recorded = Midicsv.Read(temp.File("played.mid"));
        Assert.Equal(16, recorded.Notes.Count(n => n.IsOn));

        // Everything was handed to JACK before the stats were written; the receiver prints it in its own time.
        await Receiver.WaitUntilAsync(() => dump.Messages.Count(m => (m.Bytes[0] & 0xE0) == 0x80) >= recorded.Notes.Count, Patience);
        var received = Receiver.Settle(dump, 0);
        Assert.Equal(recorded.Notes.Count, received.Count(m => (m.Bytes[0] & 0xE0) == 0x80));
        Assert.Empty(Receiver.Unmatched(received));

        // Ctrl+Q: it shows the rest and ends as usual.
        terminal.Resume();
        Assert.Equal(0, await terminal.ExitAsync(Patience));
        Assert.Contains("Played 0:06.0", terminal.Text, StringComparison.Ordinal);
    }

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "script", "kill", "ffmpeg")]
    public async Task A_live_run_on_a_paused_terminal_releases_every_note_when_the_stream_is_cut_and_plays_on_when_it_is_back()
    {
        using var rig = JackRig.Start();
        var dump = rig.StartMidiDump("paused-live-monitor");
        using var temp = new TempDirectory();
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform());
        using var terminal = PausableTerminal.Start(temp.Path, rig.Environment, "live", "--source", server.Url, "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", "live.mid", "--stats", "live.json");

        // White everywhere: all sixteen notes sound, the status line is drawn; then Ctrl+S.
        Assert.True(await Receiver.WaitUntilAsync(() => NotesOn(dump) == 16, Patience), terminal.Text + string.Join('\n', dump.Lines));
        Assert.True(await terminal.WaitForTextAsync("● live ", Patience), terminal.Text);
        terminal.Pause();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var shown = terminal.Text.Length;

        // The stream is cut: every note stops at the receiver at once, though "Source lost" cannot be shown.
        server.Stop();
        Assert.True(
            await Receiver.WaitUntilAsync(() => Receiver.Unmatched(dump.Messages).Count == 0 && dump.Messages.Any(m => m.Bytes is [0xB0, 120, 0]), TimeSpan.FromSeconds(10)),
            string.Join('\n', dump.Lines));

        // Back: it plays again, still paused.
        server.Start();
        Assert.True(await Receiver.WaitUntilAsync(() => NotesOn(dump) == 32, Patience), string.Join('\n', dump.Lines));
        Assert.True(shown == terminal.Text.Length, "the terminal was not paused: " + terminal.Text[shown..]);

        // Ctrl+Q: the notices come, in order; then a stop by SIGTERM writes complete files.
        terminal.Resume();
        Assert.True(await terminal.WaitForTextAsync("Source back after ", Patience), terminal.Text);
        var text = terminal.Text;
        Assert.InRange(text.IndexOf("Source lost: ", StringComparison.Ordinal), 0, text.IndexOf("Source back after ", StringComparison.Ordinal));
        Assert.True(Receiver.TrySignal(terminal.ProcessId, "TERM"));
        Assert.Equal(143, await terminal.ExitAsync(Patience));
        Assert.Empty(Receiver.Unmatched(Receiver.Settle(dump, 0)));
        var recorded = Midicsv.Read(temp.File("live.mid"));
        Assert.Equal(NotesOn(dump), recorded.Notes.Count(n => n.IsOn));
        Assert.Empty(Receiver.Unmatched(recorded));
        using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("live.json")));
        Assert.Equal("cancelled", stats.RootElement.GetProperty("stopped").GetString());
    }

    private static int NotesOn(JackMidiDump dump) => dump.Messages.Count(m => m.Bytes.Count == 3 && m.Bytes[0] == 0x90 && m.Bytes[2] > 0);

    /// <summary>The JACK output's figures in a <c>--stats</c> file.</summary>
    private static (long Sent, long Delivered, long Late) JackFigures(string stats)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(stats));
        var jack = json.RootElement.GetProperty("outputs").EnumerateArray().First(o => o.GetProperty("port").GetString()!.StartsWith("jack:", StringComparison.Ordinal));
        return (jack.GetProperty("sent").GetInt64(), jack.GetProperty("delivered").GetInt64(), jack.GetProperty("late").GetInt64());
    }
}
