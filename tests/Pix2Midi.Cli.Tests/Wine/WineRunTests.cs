using System.Text.Json;

namespace Pix2Midi.Cli.Tests.Wine;

/// <summary>
/// <c>run</c> in the Windows build under Wine, stopped by a console Ctrl+C: <c>kill -INT</c> of the
/// Wine process reaches .NET's console handler as Ctrl+C does on Windows (shared/docs/windows-wine.md).
/// </summary>
[Collection(WineCollection.Name)]
public sealed class WineRunTests(WineBuild windows)
{
    [WineFact]
    public async Task Ctrl_c_stops_the_run_with_every_note_released_and_the_record_and_stats_written()
    {
        using var temp = new TempDirectory();
        File.Copy(RepoPaths.SampleVideo("fireworks.mp4"), temp.File("fireworks.mp4"));
        _ = windows.Program;

        using var run = windows.Start(temp.Path, "run", "fireworks.mp4", "--decoder", "ffmpeg", "--port", "console", "--record", "rec.mid", "--stats", "stats.json");
        await run.WaitForOutputAsync("Ctrl+C stops.", TimeSpan.FromMinutes(1));
        // Past the first notes (0.46 s in), so that some are sounding or have been.
        Assert.True(run.WaitUntilOutput(o => o.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)) >= 3, TimeSpan.FromSeconds(30)), run.Output + run.Error);
        run.Signal("INT");
        var stopped = await run.ExitAsync(TimeSpan.FromMinutes(1));

        Assert.True(stopped.ExitCode == 130, $"exit {stopped.ExitCode}: {stopped.Output} {stopped.Error}");
        Assert.Contains("Every note was stopped.", stopped.Output, StringComparison.Ordinal);
        Assert.Matches(@"Stopped 0:\d\d\.\d of fireworks\.mp4", stopped.Output);
        Assert.DoesNotContain("   at ", stopped.Error, StringComparison.Ordinal);

        var record = Midicsv.Read(temp.File("rec.mid"));
        Assert.NotEmpty(record.Notes);
        var sounding = new HashSet<(int, int)>();
        foreach (var note in record.Notes)
        {
            _ = note.IsOn ? sounding.Add((note.Channel, note.Number)) : sounding.Remove((note.Channel, note.Number));
        }

        Assert.Empty(sounding);

        using var stats = JsonDocument.Parse(File.ReadAllText(temp.File("stats.json")));
        var root = stats.RootElement;
        Assert.Equal("cancelled", root.GetProperty("stopped").GetString());
        Assert.InRange(root.GetProperty("framesPlayed").GetInt32(), 1, 449);
        var sent = root.GetProperty("eventsSent").GetInt32();
        Assert.True(sent > 0);
        Assert.All(root.GetProperty("outputs").EnumerateArray(), output => Assert.Equal(sent, output.GetProperty("sent").GetInt32()));
        Assert.Equal(record.Notes.Count(n => n.IsOn), root.GetProperty("notes").GetInt32());
    }
}
