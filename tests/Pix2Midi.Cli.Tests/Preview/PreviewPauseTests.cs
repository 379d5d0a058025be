using System.Diagnostics;
using System.Text.Json;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Core.Smf;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Cli.Tests.Preview;

/// <summary>
/// Space in the <c>run --preview</c> window: pauses with every note stopped, sends nothing while
/// paused, and plays on with the notes' spacing kept. Under Xvfb with a real key press, and to a
/// real JACK receiver.
/// </summary>
public class PreviewPauseTests
{
    private const string Title = "Pix2Midi - calibration.mp4";
    private const int Space = 0x20;
    private const int FramesPerCell = 48_000 / 3; // cells light 10 video frames (1/3 s) apart: 16,000 frames at 48 kHz
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Stand = TimeSpan.FromSeconds(1.5);

    [Fact]
    public void Space_pauses_and_plays_on_and_the_status_line_says_so()
    {
        var state = new PreviewState(live: false, TimeSpan.FromSeconds(6), canPause: true);
        using var messages = new StringWriter();
        var pause = new PreviewPause(messages);
        var player = new RealtimePlayer([new Midi.Outputs.RecordingOutput()], new SleepSpinWaiter());

        Assert.Null(pause.Toggle());
        pause.Control(player);
        state.SetPaused(pause.Toggle() ?? false);
        Assert.True(player.IsPaused);
        Assert.StartsWith("PAUSED  0:00.0 / 0:06.0", state.Text(), StringComparison.Ordinal);
        Assert.EndsWith("|  q quit  space play on  r reload", state.Text(), StringComparison.Ordinal);
        state.SetPaused(pause.Toggle() ?? true);
        Assert.False(player.IsPaused);
        Assert.EndsWith("|  q quit  space pause  r reload", state.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("PAUSED", state.Text(), StringComparison.Ordinal);
        var lines = messages.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Paused: every note stopped; space in the preview window plays on.", lines[0]);
        Assert.Matches(@"^Playing on after \d+\.\d s paused\.$", lines[1]);
    }

    [ToolFact("Xvfb")]
    public void Space_in_the_window_stops_the_notes_until_it_is_pressed_again()
    {
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        using var tool = ToolProcess.Start(temp.Path, Environment(display, null), "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--preview");
        Assert.True(XKeyPress.WaitForWindow(display.Name, Title, Patience), tool.Output + tool.Error);
        Assert.True(WaitUntil(() => NoteOns(tool) >= 4, Patience), tool.Output);

        XKeyPress.Press(display.Name, Title, Space);
        Assert.True(tool.WaitForOutput("Paused: every note stopped", Patience), tool.Output + tool.Error);
        // The monitor prints off the MIDI thread: the "off" of the note sounding at the pause may
        // come a moment after the message. From then on, nothing.
        Assert.True(WaitUntil(() => NoteOns(tool) == tool.OutputLines.Count(l => l.EndsWith(" off", StringComparison.Ordinal)), Patience), tool.Output);
        Thread.Sleep(300);
        var atPause = tool.OutputLines.Length;
        Thread.Sleep(Stand);
        Assert.Equal(atPause, tool.OutputLines.Length);
        var ons = NoteOns(tool);
        Assert.InRange(ons, 4, 15);
        Assert.Equal(ons, tool.OutputLines.Count(l => l.EndsWith(" off", StringComparison.Ordinal)));

        XKeyPress.Press(display.Name, Title, Space);
        Assert.True(tool.WaitForOutput("Playing on after", Patience), tool.Output);
        Assert.Equal(0, tool.WaitForExit(Patience));
        // The run's own summary says how many frames it dropped and notes it sent: shown if the count below is off.
        Assert.Contains("Every note was stopped.", tool.Output, StringComparison.Ordinal);

        // All sixteen cells played, plus the note sounding at the pause, if any, once more; each one stopped.
        Assert.True(NoteOns(tool) is >= 16 and <= 17, tool.Output + tool.Error);
        Assert.Equal(NoteOns(tool), tool.OutputLines.Count(l => l.EndsWith(" off", StringComparison.Ordinal)));
        Assert.DoesNotContain("not available", tool.Output + tool.Error, StringComparison.Ordinal);
    }

    [ToolFact("Xvfb")]
    public void Ctrl_C_while_paused_stops_the_run_with_every_note_stopped_and_the_recording_and_stats_written()
    {
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        using var tool = ToolProcess.Start(temp.Path, Environment(display, null), "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--preview", "--record", "played.mid", "--stats", "stats.json");
        Assert.True(XKeyPress.WaitForWindow(display.Name, Title, Patience), tool.Output + tool.Error);
        Assert.True(WaitUntil(() => NoteOns(tool) >= 3, Patience), tool.Output);
        XKeyPress.Press(display.Name, Title, Space);
        Assert.True(tool.WaitForOutput("Paused: every note stopped", Patience), tool.Output + tool.Error);
        Thread.Sleep(300);

        tool.Signal("INT");

        Assert.Equal(130, tool.WaitForExit(Patience));
        var recorded = NoteEvents(temp.File("played.mid"));
        Assert.InRange(recorded.Count(IsNoteOn), 3, 15);
        Assert.Equal(recorded.Count(IsNoteOn), recorded.Count(e => !IsNoteOn(e)));
        using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("stats.json")));
        Assert.Equal("cancelled", stats.RootElement.GetProperty("stopped").GetString());
        Assert.Equal(1, stats.RootElement.GetProperty("pauses").GetInt32());
        Assert.True(stats.RootElement.GetProperty("pausedSeconds").GetDouble() >= 0.3);
    }

    [ToolFact("Xvfb", "jackd", "jack_midi_dump", "jack_lsp")]
    public void Paused_and_resumed_at_a_JACK_receiver_every_note_stops_and_the_notes_after_keep_their_spacing()
    {
        using var rig = JackRig.Start();
        using var dump = rig.StartMidiDump("pix2midi-pause-monitor");
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        var render = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("render.mid"));
        Assert.Equal(0, render.ExitCode);

        using var tool = ToolProcess.Start(temp.Path, Environment(display, rig), "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--preview", "--port", "jack:" + dump.PortName, "--record", "played.mid", "--stats", "stats.json");
        Assert.True(XKeyPress.WaitForWindow(display.Name, Title, Patience), tool.Output + tool.Error);
        Assert.True(WaitUntil(() => NotesOn(dump).Count >= 4, Patience), tool.Output + tool.Error);

        XKeyPress.Press(display.Name, Title, Space);
        var pressed = Stopwatch.StartNew();
        Assert.True(tool.WaitForOutput("Paused: every note stopped", Patience), tool.Output + tool.Error);
        Thread.Sleep(300);
        var atPause = dump.Messages.Count;
        Assert.Equal(0, OpenAtReceiver(dump.Messages));
        Thread.Sleep(Stand);
        Assert.Equal(atPause, dump.Messages.Count);
        XKeyPress.Press(display.Name, Title, Space);
        var stood = pressed.Elapsed;
        Assert.True(tool.WaitForOutput("Playing on after", Patience), tool.Output);
        Assert.Equal(0, tool.WaitForExit(Patience));
        Thread.Sleep(300); // let the dump print the last messages

        var messages = dump.Messages;
        Assert.Equal(0, OpenAtReceiver(messages));
        var pauseReset = messages.ToList().FindIndex(m => m.Bytes is [0xB0, 123, 0]);
        Assert.InRange(pauseReset, 1, atPause - 2);
        Assert.Equal([0xB0, 120, 0], messages[pauseReset + 1].Bytes);

        // The video's own note-ons: one per cell, in order; a note sounding at the pause sounds again
        // right after it (two, if JACK already held the next one when the pause came).
        var videoOns = new List<(int Index, JackMidiDumpMessage Message)>();
        var again = new List<int>();
        var seen = new HashSet<int>();
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].Bytes[0] != 0x90)
            {
                continue;
            }

            if (seen.Add(messages[i].Bytes[1]))
            {
                videoOns.Add((i, messages[i]));
            }
            else
            {
                again.Add(i);
            }
        }

        Assert.Equal(Enumerable.Range(60, 16), videoOns.Select(o => (int)o.Message.Bytes[1]));
        Assert.True(again.Count <= 2 && again.Select((index, k) => index == pauseReset + 2 + k).All(right => right), string.Join('\n', messages));
        var split = videoOns.Count(o => o.Index < pauseReset);
        Assert.InRange(split, 4, 15);

        // After the pause the notes keep their spacing: 16,000 frames, to the frame. Across it, the
        // grid of the notes before moves by exactly the time the player says it stood (stats), give
        // or take whole periods the dump missed. Judged on most notes and the median, so that one
        // note handed over late on a busy machine does not decide.
        using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("stats.json")));
        var paused = stats.RootElement.GetProperty("pausedSeconds").GetDouble();
        Assert.InRange(paused, Stand.TotalSeconds, stood.TotalSeconds + 1);
        var ons = videoOns.Select(o => o.Message).ToList();
        var spacings = ons.Skip(split).Zip(ons.Skip(split + 1), (a, b) => b.Frame - a.Frame).ToList();
        Assert.True(spacings.Count(d => Math.Abs(d - FramesPerCell) <= 1) * 2 >= spacings.Count, $"spacing after the pause: {string.Join(", ", spacings)}\n{string.Join('\n', messages)}");
        var origin = Median(ons.Take(split).Select((on, i) => on.Frame - (i * FramesPerCell)));
        var moved = Median(ons.Skip(split).Select((on, i) => on.Frame - ((split + i) * FramesPerCell) - origin));
        var beyond = moved - (long)Math.Round(paused * 48_000);
        var periods = (long)Math.Round(beyond / (double)JackRig.PeriodFrames);
        Assert.True(Math.Abs(periods) <= 4 && Math.Abs(beyond - (periods * JackRig.PeriodFrames)) <= 2, $"moved by {moved} frames for a pause of {paused} s\n{string.Join('\n', messages)}");
        var offs = ons.Skip(split).Select(on => messages.Where(m => m.Bytes[0] == 0x80 && m.Bytes[1] == on.Bytes[1]).ToList()).ToList();
        Assert.True(offs.All(o => o.Count == 1), $"each note after the pause stops once\n{string.Join('\n', messages)}");
        var lengths = ons.Skip(split).Zip(offs, (on, off) => off[0].Frame - on.Frame - ((3 + ((on.Bytes[1] - 60) % 4)) * 1600)).ToList();
        Assert.True(lengths.Count(d => Math.Abs(d) <= 1) * 2 >= lengths.Count, $"note lengths off by {string.Join(", ", lengths)} frames");

        // The recording has the pause removed: the render's notes at the render's ticks, plus, at the
        // pause, the note that was sounding stopped and started again.
        var recorded = NoteEvents(temp.File("played.mid"));
        var rendered = NoteEvents(temp.File("render.mid"));
        var removed = new HashSet<int>();
        for (var i = 0; i < recorded.Count; i++)
        {
            var e = recorded[i];
            if (IsNoteOn(e) && recorded.Take(i).Any(p => IsNoteOn(p) && p.Data1 == e.Data1))
            {
                var off = recorded.FindLastIndex(i, o => !IsNoteOn(o) && o.Data1 == e.Data1 && o.Tick == e.Tick);
                Assert.True(off >= 0, $"note {e.Data1} sounds again at tick {e.Tick} without stopping there");
                removed.Add(i);
                removed.Add(off);
            }
        }

        Assert.True(removed.Count <= 4, $"{removed.Count / 2} notes sounded again");
        Assert.Equal(rendered, recorded.Where((_, i) => !removed.Contains(i)));

        Assert.Equal(1, stats.RootElement.GetProperty("pauses").GetInt32());
        Assert.Equal(0, stats.RootElement.GetProperty("framesDropped").GetInt32());
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static List<(long Tick, byte Status, byte Data1, byte Data2)> NoteEvents(string file) =>
        [.. SmfReader.ReadFile(file).ChannelEvents.Where(e => (e.Status & 0xE0) == 0x80).Select(e => (e.Tick, e.Status, e.Data1, e.Data2))];

    private static bool IsNoteOn((long Tick, byte Status, byte Data1, byte Data2) e) => (e.Status & 0xF0) == 0x90 && e.Data2 > 0;

    private static Dictionary<string, string> Environment(XvfbDisplay display, JackRig? rig)
    {
        var environment = new Dictionary<string, string>(rig?.Environment ?? new Dictionary<string, string>())
        {
            ["DISPLAY"] = display.Name,
            ["WAYLAND_DISPLAY"] = string.Empty,
            [XKeyPress.CoreEventsVariable] = "1",
        };
        return environment;
    }

    private static int NoteOns(ToolProcess tool) => tool.OutputLines.Count(l => l.Contains(" on  v", StringComparison.Ordinal));

    private static List<JackMidiDumpMessage> NotesOn(JackMidiDump dump) => [.. dump.Messages.Where(m => m.Bytes[0] == 0x90)];

    private static int OpenAtReceiver(IReadOnlyList<JackMidiDumpMessage> messages)
    {
        var open = new Dictionary<int, int>();
        foreach (var m in messages.Where(m => (m.Bytes[0] & 0xE0) == 0x80))
        {
            open[m.Bytes[1]] = open.GetValueOrDefault(m.Bytes[1]) + (m.Bytes[0] == 0x90 ? 1 : -1);
        }

        return open.Values.Count(v => v != 0);
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }
}
