using System.Text.Json;

namespace Pix2Midi.Cli.Tests;

/// <summary>The JACK output's delivery figures in a <c>--stats</c> file: what it was sent, wrote into its port, and wrote after the message's period.</summary>
public sealed record JackStats(long Sent, long Delivered, long Late)
{
    /// <summary>Whether the output wrote every message it was sent into its port.</summary>
    public bool WroteAll => Delivered == Sent;

    /// <summary>Reads the one <c>jack:</c> output of a run's <c>--stats</c> JSON.</summary>
    /// <exception cref="JsonException">Not JSON.</exception>
    /// <exception cref="KeyNotFoundException">A figure is missing.</exception>
    /// <exception cref="InvalidOperationException">No JACK output, or more than one.</exception>
    public static JackStats Parse(string statsJson)
    {
        using var json = JsonDocument.Parse(statsJson);
        var jack = json.RootElement.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("port").GetString()!.StartsWith("jack:", StringComparison.Ordinal));
        return new JackStats(jack.GetProperty("sent").GetInt64(), jack.GetProperty("delivered").GetInt64(), jack.GetProperty("late").GetInt64());
    }
}
