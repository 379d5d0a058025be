using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Tests.Live;
using Pix2Midi.Cli.Tests.Playback;
using Pix2Midi.Core.Events;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// Hot reload hammered during a real <c>pix2midi run</c> (the fireworks video decoded and played
/// against the clock, the mapping file watched): rapid saves, files written in halves, invalid
/// JSON and invalid values, deletions, renames over the file, empty, oversized and binary files.
/// It never crashes, reports each bad version in one line and keeps playing the last good
/// mapping, and leaves no note sounding: not on the port and not in the <c>--record</c> file.
/// </summary>
public sealed class HotReloadHammerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _temp = new();
    private readonly string _original = File.ReadAllText(RepoPaths.Mapping("fireworks.json"));
    private readonly List<string> _log = [];

    private string MappingPath => _temp.File("stage.json");

    [ToolFact("midicsv")]
    public async Task Rapid_saves_half_written_files_deletions_and_renames_never_crash_and_never_leave_a_note_sounding()
    {
        File.WriteAllText(MappingPath, Valid(1));
        var backend = new FakeMidiBackend("jack", true, "synth");
        var output = new SharedWriter();
        var error = new SharedWriter();
        using var stop = new CancellationTokenSource();
        var root = new RootCommand { RunCommandFactory.Create(() => [backend]) };
        var parse = root.Parse(["run", RepoPaths.SampleVideo("fireworks.mp4"), "-m", MappingPath, "--port", "synth", "--record", _temp.File("take.mid"), "--loop"]);
        var run = Task.Run(() => parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop.Token));
        try
        {
            await Until(() => backend.Opened.Count == 1 && Ons(backend).Count > 0, "the first note");

            // Some seconds of every kind of save, fast and slow.
            var random = new Random(20261124);
            var hammering = Stopwatch.StartNew();
            while (hammering.Elapsed < TimeSpan.FromSeconds(8))
            {
                Hammer(random);
                Assert.False(run.IsCompleted, $"run ended while being hammered:\n{output.Text}\n{error.Text}");
            }

            // Then a good save on channel 16 and a bad one: the good one goes on playing.
            var reloads = Count(output.Text, "Reloaded ");
            Save(Valid(16));
            await Until(() => Count(output.Text, "Reloaded ") > reloads, "the last good save to be loaded");
            var kept = Count(error.Text, "Kept the running mapping");
            Save(_original.Replace("\"note\": \"A1\"", "\"note\": \"H9\"", StringComparison.Ordinal));
            await Until(() => Count(error.Text, "Kept the running mapping") > kept, "the last bad save to be reported");
            var before = Ons(backend).Count;
            await Until(() => Ons(backend).Skip(before).Count(on => on.Channel == 15) >= 3, "three notes on channel 16 after the bad save");

            // Frames analysed ahead of the clock may still carry the mapping before the good
            // save; from the first note of the good one on, every note is the good one's.
            var ons = Ons(backend);
            var first = ons.FindIndex(on => on.Channel == 15);
            Assert.All(ons.Skip(first), on => Assert.Equal(15, on.Channel));
        }
        finally
        {
            stop.Cancel();
        }

        var code = await run.WaitAsync(Patience);

        var story = $"saves:\n{string.Join('\n', _log)}\n\noutput:\n{output.Text}\nerrors:\n{error.Text}";
        Assert.True(code == 130, $"exit code {code}\n{story}");

        // Each bad version in one line naming the file; nothing else on standard error.
        var stray = error.Lines.Where(l => !(l.StartsWith($"error: {MappingPath}:", StringComparison.Ordinal) || l == $"Kept the running mapping; fix {MappingPath} and save again." || l == "Stopped.")).ToList();
        Assert.True(stray.Count == 0, $"unexpected lines on standard error:\n{string.Join('\n', stray)}\n\n{story}");
        // The watcher waits for a quiet moment before it reads, so how many of the hammering
        // saves are read depends on timing: at least one of each kind, and the two awaited above.
        Assert.True(Count(output.Text, "Reloaded ") >= 2, story);
        Assert.True(Count(error.Text, "Kept the running mapping") >= 2, story);
        Assert.Contains("the mapping file was deleted or renamed", error.Text, StringComparison.Ordinal);

        // Never a note left sounding: on the port, and in the recording as midicsv reads it.
        AssertEveryNoteEnds(backend.Opened.Single().Received.Select(r => r.Message).Where(m => m.Kind is NoteEventKind.NoteOn or NoteEventKind.NoteOff).Select(m => (m.Channel, m.Data1, m.Kind == NoteEventKind.NoteOn)), "the port", story);
        var recorded = Midicsv.Read(_temp.File("take.mid"));
        Assert.NotEmpty(recorded.Notes);
        AssertEveryNoteEnds(recorded.Notes.Select(n => ((byte)n.Channel, (byte)n.Number, n.IsOn)), "the recording", story);
    }

    /// <summary>One random save, the way some editor or a careless script would do it, and a pause.</summary>
    private void Hammer(Random random)
    {
        var text = random.Next(3) == 0 ? Invalid(random) : Valid(1 + random.Next(15), random);
        switch (random.Next(7))
        {
            case 0 or 1:
                Log("save in place", text);
                Save(text);
                break;
            case 2:
                {
                    Log("save in two halves", text);
                    var bytes = Encoding.UTF8.GetBytes(text);
                    using var stream = new FileStream(MappingPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                    stream.Write(bytes.AsSpan(0, bytes.Length / 2));
                    stream.Flush();
                    Thread.Sleep(random.Next(5, 60));
                    stream.Write(bytes.AsSpan(bytes.Length / 2));
                    break;
                }

            case 3:
                Log("write a new file and rename it over", text);
                File.WriteAllText(_temp.File("stage.json.tmp"), text);
                File.Move(_temp.File("stage.json.tmp"), MappingPath, overwrite: true);
                break;
            case 4:
                Log("delete, wait, save again", text);
                File.Delete(MappingPath);
                Thread.Sleep(random.Next(2) == 0 ? 400 : random.Next(5, 50));
                Save(text);
                break;
            case 5:
                Log("delete, then rename another file in", text);
                File.Delete(MappingPath);
                File.WriteAllText(_temp.File("other.json"), text);
                Thread.Sleep(random.Next(5, 100));
                File.Move(_temp.File("other.json"), MappingPath);
                break;
            default:
                Log("empty it, then fill it", text);
                File.WriteAllBytes(MappingPath, []);
                Thread.Sleep(random.Next(5, 100));
                Save(text);
                break;
        }

        // Mostly faster than the watcher's quiet interval, sometimes slow enough to be read.
        Thread.Sleep(random.Next(4) == 0 ? random.Next(350, 600) : random.Next(2, 60));
    }

    private void Save(string text) => File.WriteAllText(MappingPath, text);

    /// <summary>The fireworks mapping on another channel and with another grid.</summary>
    private string Valid(int channel, Random? random = null)
    {
        var text = _original
            .Replace("\"channel\": 1,", $"\"channel\": {channel},", StringComparison.Ordinal)
            .Replace("\"channel\": 2,", $"\"channel\": {channel},", StringComparison.Ordinal);
        if (random is not null)
        {
            text = text
                .Replace("\"rows\": 3", $"\"rows\": {random.Next(1, 5)}", StringComparison.Ordinal)
                .Replace("\"firstNote\": \"A3\"", $"\"firstNote\": \"{new[] { "A3", "C4", "E2" }[random.Next(3)]}\"", StringComparison.Ordinal);
        }

        return text;
    }

    private string Invalid(Random random) => random.Next(8) switch
    {
        0 => _original[..random.Next(1, _original.Length - 1)],
        1 => _original.Replace("\"note\": \"A1\"", "\"note\": \"H9\"", StringComparison.Ordinal),
        2 => _original.Replace("\"rows\": 3", "\"rows\": \"three\"", StringComparison.Ordinal),
        3 => string.Empty,
        4 => new string([.. Enumerable.Range(0, 300).Select(_ => (char)random.Next(1, 0x3000))]),
        5 => new string(' ', 1_100_000) + _original,
        6 => _original.Replace("\"limits\": {", "\"limits\": " + new string('[', 40) + new string(']', 40) + ", \"x\": {", StringComparison.Ordinal),
        _ => _original.Replace("\"channel\": 2,", "\"channel\": 2,\n      \"name\": \"two\",", StringComparison.Ordinal),
    };

    private void Log(string what, string text) =>
        _log.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {text.Length} chars, {(text.Length > 0 ? text.Trim()[..Math.Min(30, text.Trim().Length)] : "(empty)")}"));

    private static List<NoteEvent> Ons(FakeMidiBackend backend) =>
        backend.Opened.Count == 0 ? [] : [.. backend.Opened[0].Received.Select(r => r.Message).Where(m => m.Kind == NoteEventKind.NoteOn)];

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>For every key, note-ons and note-offs alternate, starting with an on and ending with an off.</summary>
    private static void AssertEveryNoteEnds(IEnumerable<(byte Channel, byte Note, bool On)> notes, string where, string story)
    {
        var sounding = new Dictionary<(byte, byte), bool>();
        var count = 0;
        foreach (var (channel, note, on) in notes)
        {
            count++;
            sounding.TryGetValue((channel, note), out var was);
            Assert.True(was != on, $"{where}: channel {channel + 1} note {note} got {(on ? "a second note-on" : "a note-off while silent")} (message {count})\n\n{story}");
            sounding[(channel, note)] = on;
        }

        var stuck = sounding.Where(k => k.Value).Select(k => $"channel {k.Key.Item1 + 1} note {k.Key.Item2}").ToList();
        Assert.True(stuck.Count == 0, $"{where}: left sounding: {string.Join(", ", stuck)}\n\n{story}");
        Assert.True(count > 0, $"{where}: no notes at all");
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"waited {Patience.TotalSeconds} s for {what}");
            await Task.Delay(20);
        }
    }

    public void Dispose() => _temp.Dispose();
}
