using System.Text.Json;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>How one interrupted run ended, and what was wrong with it (nothing, if all is well).</summary>
/// <param name="Trial">The interrupt.</param>
/// <param name="Landed">Whether the signal reached a running process (false: it had already ended by itself).</param>
/// <param name="Problems">Everything that was not as documented.</param>
/// <param name="ReceiverSide">
/// Every problem is in what the JACK receiver got, while Pix2Midi's own figures say it wrote every
/// message it sent into its JACK port, and its recording and console lines are whole: a loss
/// between the port and the receiver, which JACK causes only across an xrun (<see cref="JackLanes.TrialAsync"/>).
/// </param>
public sealed record InterruptOutcome(InterruptTrial Trial, bool Landed, IReadOnlyList<string> Problems, bool ReceiverSide = false)
{
    public const string RecordName = "played.mid";
    public const string StatsName = "stats.json";

    /// <summary>
    /// The checks: the exit code is 128 + the first signal (or 0 for a run that ended before it);
    /// no stack trace; no note-on without its note-off at the receiver; and once the run said it
    /// was playing, a <c>--record</c> file that <c>midicsv</c> reads, with no open note and the same
    /// notes as the receiver, and a <c>--stats</c> file that is valid JSON; before that, no file at all.
    /// </summary>
    /// <param name="trial">The interrupt.</param>
    /// <param name="landed">Whether the signal reached a running process.</param>
    /// <param name="run">What the process printed and exited with.</param>
    /// <param name="folder">Its working folder, where the two files go.</param>
    /// <param name="received">What its receiver got.</param>
    /// <param name="playing">The line the command prints before it plays.</param>
    /// <param name="stopped">The values of the stats file's <c>stopped</c> that are allowed.</param>
    /// <remarks>When the console monitor played too (<c>--port console</c>), its note lines must pair up as well.</remarks>
    public static InterruptOutcome Check(InterruptTrial trial, bool landed, CliRun run, string folder, IReadOnlyList<JackMidiDumpMessage> received, string playing, params string[] stopped)
    {
        var problems = new List<string>();
        var receiverProblems = 0;
        var expected = landed ? Receiver.ExitCode(trial.Signal) : 0;
        var endedFirst = run.ExitCode == 0 && run.Output.Contains("Played ", StringComparison.Ordinal);
        if (run.ExitCode != expected && !(landed && endedFirst))
        {
            problems.Add($"exit {run.ExitCode}, expected {expected}");
        }

        if (run.Error.Contains("Exception", StringComparison.Ordinal) || run.Error.Contains("   at ", StringComparison.Ordinal))
        {
            problems.Add("a stack trace on stderr");
        }

        if (Receiver.Unmatched(received) is { Count: > 0 } open)
        {
            problems.Add("at the receiver: " + string.Join("; ", open));
            receiverProblems++;
        }

        var lines = run.Output.Split('\n');
        var shownOn = lines.Count(l => l.Contains(" on  v", StringComparison.Ordinal));
        var shownOff = lines.Count(l => l.TrimEnd().EndsWith(" off", StringComparison.Ordinal));
        if (shownOn != shownOff)
        {
            problems.Add($"the console monitor showed {shownOn} note-ons and {shownOff} note-offs");
        }

        var files = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();
        if (files.Except([RecordName, StatsName]).ToList() is { Count: > 0 } leftovers)
        {
            problems.Add("files left behind: " + string.Join(", ", leftovers));
        }

        if (!run.Output.Contains(playing, StringComparison.Ordinal))
        {
            // Stopped before it started playing: nothing was sent, nothing is written.
            if (files.Count > 0)
            {
                problems.Add($"stopped before \"{playing}\" but wrote {string.Join(", ", files)}");
            }

            return new InterruptOutcome(trial, landed, problems);
        }

        if (!CheckRecord(Path.Combine(folder, RecordName), received, problems))
        {
            receiverProblems++;
        }

        CheckStats(Path.Combine(folder, StatsName), stopped, problems);
        var receiverSide = problems.Count > 0 && problems.Count == receiverProblems && EveryMessageWritten(Path.Combine(folder, StatsName));
        return new InterruptOutcome(trial, landed, problems, receiverSide);
    }

    public override string ToString() => $"{Trial}{(Landed ? string.Empty : " (ended before the signal)")}: {string.Join("; ", Problems)}";

    /// <summary>Whether the <c>--stats</c> file says the JACK output wrote every message it was sent into its port.</summary>
    private static bool EveryMessageWritten(string file)
    {
        try
        {
            return JackStats.Parse(File.ReadAllText(file)).WroteAll;
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <returns>False only when the file is whole but its notes are not the receiver's; every other problem is added and counts as true.</returns>
    private static bool CheckRecord(string file, IReadOnlyList<JackMidiDumpMessage> received, List<string> problems)
    {
        if (!File.Exists(file))
        {
            problems.Add("no --record file");
            return true;
        }

        try
        {
            var csv = Midicsv.Read(file);
            if (Receiver.Unmatched(csv) is { Count: > 0 } open)
            {
                problems.Add("in the --record file: " + string.Join("; ", open));
                return true;
            }

            var recorded = csv.Notes.Select(n => $"{(n.IsOn ? "on" : "off")} {n.Channel} {n.Number}").ToList();
            var heard = received.Where(m => (m.Bytes[0] & 0xE0) == 0x80)
                .Select(m => $"{(m.Bytes[0] >= 0x90 && m.Bytes[2] > 0 ? "on" : "off")} {m.Bytes[0] & 0x0F} {m.Bytes[1]}")
                .ToList();
            if (!recorded.SequenceEqual(heard))
            {
                // Pix2Midi's own delivery figures tell its losses apart from the receiver's.
                var stats = Path.Combine(Path.GetDirectoryName(file)!, StatsName);
                var figures = File.Exists(stats) ? string.Join(' ', File.ReadAllText(stats).Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : "no stats file";
                problems.Add($"the --record file ({string.Join(", ", recorded)}) is not what the receiver got ({string.Join(", ", heard)}); stats: {figures}");
                return false;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add("midicsv could not read the --record file: " + e.Message);
        }

        return true;
    }

    private static void CheckStats(string file, string[] stopped, List<string> problems)
    {
        if (!File.Exists(file))
        {
            problems.Add("no --stats file");
            return;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var value = json.RootElement.GetProperty("stopped").GetString();
            if (!stopped.Contains(value))
            {
                problems.Add($"--stats says \"stopped\": \"{value}\"");
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            problems.Add("the --stats file is not valid: " + e.Message);
        }
    }
}
