using System.Globalization;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>One interrupt: which signal, at which moment, and maybe a second signal while the first is being handled.</summary>
/// <param name="Seed">The plan's seed (printed on failure, to run the same plan again).</param>
/// <param name="Index">Its place in the plan.</param>
/// <param name="Signal">INT, TERM or HUP.</param>
/// <param name="Moment">What <paramref name="Delay"/> counts from.</param>
/// <param name="Delay">How long after that moment the signal goes.</param>
/// <param name="Second">A second signal, or null.</param>
/// <param name="SecondDelay">How long after the first it goes.</param>
public sealed record InterruptTrial(int Seed, int Index, string Signal, InterruptMoment Moment, TimeSpan Delay, string? Second, TimeSpan SecondDelay)
{
    /// <summary>
    /// A seeded plan of <paramref name="count"/> interrupts by <paramref name="signal"/>, spread
    /// over <paramref name="moments"/> in turn with random delays up to each moment's limit; one in three also gets a second signal 5–60 ms later.
    /// </summary>
    public static IReadOnlyList<InterruptTrial> Plan(int seed, int count, string signal, params (InterruptMoment Moment, TimeSpan Longest)[] moments)
    {
        var random = new Random(seed);
        string[] signals = ["INT", "TERM", "HUP"];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var (moment, longest) = moments[i % moments.Length];
            var delay = TimeSpan.FromMilliseconds(random.Next(0, (int)longest.TotalMilliseconds + 1));
            var second = random.Next(3) == 0 ? signals[random.Next(signals.Length)] : null;
            return new InterruptTrial(seed, i, signal, moment, delay, second, TimeSpan.FromMilliseconds(random.Next(5, 61)));
        })];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"seed {Seed} #{Index}: SIG{Signal} {Delay.TotalMilliseconds:0} ms after {Moment}{(Second is null ? string.Empty : $", then SIG{Second} {SecondDelay.TotalMilliseconds:0} ms later")}");
}
