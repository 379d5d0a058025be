using System.Diagnostics;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>What a receiver got from one run, and the checks every interrupt test makes on it.</summary>
public static class Receiver
{
    /// <summary>The messages <paramref name="dump"/> received after its first <paramref name="from"/>, once nothing more has arrived for a quarter of a second.</summary>
    public static IReadOnlyList<JackMidiDumpMessage> Settle(JackMidiDump dump, int from)
    {
        var count = dump.Messages.Count;
        var quiet = Stopwatch.StartNew();
        var total = Stopwatch.StartNew();
        while (quiet.ElapsedMilliseconds < 250 && total.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(25);
            var now = dump.Messages.Count;
            if (now != count)
            {
                count = now;
                quiet.Restart();
            }
        }

        return [.. dump.Messages.Skip(from)];
    }

    /// <summary>Note-ons (velocity above 0) without their note-off, per channel and key, in message order.</summary>
    public static IReadOnlyList<string> Unmatched(IEnumerable<(int Status, int Data1, int Data2)> messages)
    {
        var open = new Dictionary<(int Channel, int Key), int>();
        foreach (var (status, key, velocity) in messages)
        {
            var kind = status & 0xF0;
            var note = (status & 0x0F, key);
            if (kind == 0x90 && velocity > 0)
            {
                open[note] = open.GetValueOrDefault(note) + 1;
            }
            else if (kind == 0x80 || kind == 0x90)
            {
                open[note] = Math.Max(0, open.GetValueOrDefault(note) - 1);
            }
        }

        return [.. open.Where(o => o.Value > 0).Select(o => $"channel {o.Key.Channel + 1} key {o.Key.Key}: {o.Value} open")];
    }

    /// <summary>The same for what a JACK receiver printed.</summary>
    public static IReadOnlyList<string> Unmatched(IEnumerable<JackMidiDumpMessage> messages) =>
        Unmatched(messages.Where(m => m.Bytes.Count == 3).Select(m => ((int)m.Bytes[0], (int)m.Bytes[1], (int)m.Bytes[2])));

    /// <summary>The same for a MIDI file, as <c>midicsv</c> reads it.</summary>
    public static IReadOnlyList<string> Unmatched(Midicsv file) =>
        Unmatched(file.Notes.Select(n => ((n.Kind == "Note_on_c" ? 0x90 : 0x80) | n.Channel, n.Number, n.Velocity)));

    /// <summary>Sends a signal by pid with <c>kill</c>; false when the process had already gone.</summary>
    public static bool TrySignal(int pid, string signal) =>
        ExternalTool.Run("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5)).ExitCode == 0;

    /// <summary>128 + the signal's number: what a process ended by it exits with.</summary>
    public static int ExitCode(string signal) => signal switch
    {
        "INT" => 130,
        "TERM" => 143,
        "HUP" => 129,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
    };

    /// <summary>Waits until <paramref name="condition"/> holds, polling every 10 ms.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
