using System.Diagnostics;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Tests.Live;

/// <summary>The real <c>pix2midi live</c> as a child process: exit codes, signals, and exactly what it prints.</summary>
public class LiveProcessTests
{
    private static readonly Dictionary<string, string> NoDisplay = new() { ["DISPLAY"] = string.Empty, ["WAYLAND_DISPLAY"] = string.Empty };

    [ToolFact("ffmpeg")]
    public void With_no_stream_and_give_up_after_two_seconds_it_exits_non_zero_in_about_that_time()
    {
        using var temp = new TempDirectory();
        var url = $"http://127.0.0.1:{MjpegStreamServer.FreePort()}/";
        var clock = Stopwatch.StartNew();
        using var tool = ToolProcess.Start(temp.Path, NoDisplay, "live", "--source", url, "-m", "calibration", "--give-up-after", "2");

        var code = tool.WaitForExit(TimeSpan.FromSeconds(20));

        Assert.Equal(1, code);
        Assert.InRange(clock.Elapsed.TotalSeconds, 2, 6);
        Assert.Equal([$"error: {url}: no picture for 2 s (cannot open the stream: Connection refused); giving up (--give-up-after 2)"], tool.ErrorLines);
        Assert.Contains($"No source yet (", tool.Output, StringComparison.Ordinal);
    }

    [ToolFact("ffmpeg")]
    public void A_url_that_refuses_is_one_line_and_exit_1_at_once()
    {
        using var temp = new TempDirectory();
        var url = $"http://127.0.0.1:{MjpegStreamServer.FreePort()}/cam";
        var clock = Stopwatch.StartNew();
        using var tool = ToolProcess.Start(temp.Path, NoDisplay, "live", "--source", url);

        Assert.Equal(1, tool.WaitForExit(TimeSpan.FromSeconds(20)));
        Assert.Equal([$"error: {url}: cannot open the stream: Connection refused"], tool.ErrorLines);
        Assert.Empty(tool.OutputLines);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_camera_index_that_is_not_there_is_one_line()
    {
        if (!OperatingSystem.IsLinux() || Directory.Exists("/sys/class/video4linux"))
        {
            return; // Only on a machine without cameras, like CI's.
        }

        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, NoDisplay, "live", "--camera", "0");

        Assert.Equal(1, tool.WaitForExit(TimeSpan.FromSeconds(20)));
        Assert.Equal(["error: --camera 0: there is no camera 0; no camera found (looked in /sys/class/video4linux)"], tool.ErrorLines);
    }

    [ToolTheory("ffmpeg")]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_releases_every_sounding_note_and_still_writes_the_record_and_the_stats(string signal)
    {
        using var temp = new TempDirectory();
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform());
        using var tool = ToolProcess.Start(temp.Path, NoDisplay, "live", "--source", server.Url, "-m", "calibration", "--record", "live.mid", "--stats", "live.json");

        // All sixteen cells are lit: sixteen notes sound when the signal comes.
        Assert.True(tool.WaitUntilOutput(t => t.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)) == 16, TimeSpan.FromSeconds(20)), tool.Output + tool.Error);
        tool.Signal(signal);

        var code = tool.WaitForExit(TimeSpan.FromSeconds(20));
        Assert.True(code == (signal == "INT" ? 130 : 143), $"exit {code}: {tool.Error}"); // ended by the signal itself: 128 + its number
        var lines = tool.OutputLines;
        Assert.Equal(16, lines.Count(l => l.EndsWith(" off", StringComparison.Ordinal)));
        var recorded = SmfReader.ReadFile(temp.File("live.mid")).ChannelEvents.ToList();
        Assert.Equal(16, recorded.Count(e => (e.Status & 0xF0) == 0x90));
        Assert.Equal(16, recorded.Count(e => (e.Status & 0xF0) == 0x80));
        Assert.Contains(recorded, e => e.Status == 0xB0 && e.Data1 == 123);
        Assert.Contains(recorded, e => e.Status == 0xB0 && e.Data1 == 120);
        Assert.Contains("\"stopped\": \"cancelled\"", File.ReadAllText(temp.File("live.json")), StringComparison.Ordinal);
        Assert.Empty(tool.ErrorLines);
    }
}
