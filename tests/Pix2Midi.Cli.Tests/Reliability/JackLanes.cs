using System.Collections.Concurrent;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// One JACK server for a whole test class, with a few receivers (<c>jack_midi_dump</c>) so that
/// several <c>pix2midi</c> processes can be interrupted at once, each into a receiver of its own.
/// </summary>
/// <remarks>Started on first use, so a class whose tests are all skipped (no JACK here) starts nothing.</remarks>
public sealed class JackLanes : IDisposable
{
    /// <summary>Processes run at once: each has its own receiver.</summary>
    public const int Count = 4;

    private readonly Lazy<(JackRig Rig, JackMidiDump[] Dumps)> _rig = new(() =>
    {
        var rig = JackRig.Start();
        try
        {
            return (rig, [.. Enumerable.Range(1, Count).Select(i => rig.StartMidiDump($"reliability-{i}"))]);
        }
        catch
        {
            rig.Dispose();
            throw;
        }
    });

    /// <summary>How many times one trial is tried when JACK lost messages across an xrun.</summary>
    public const int Attempts = 3;

    public JackRig Rig => _rig.Value.Rig;

    /// <summary>The trials tried again because JACK lost messages across an xrun, each with jackd's lines, until a test takes them.</summary>
    public ConcurrentQueue<string> Spoiled { get; } = new();

    /// <summary>
    /// Runs one trial; when its only problems were messages lost between Pix2Midi's port and the
    /// receiver (<see cref="InterruptOutcome.ReceiverSide"/>) and jackd logged an xrun while it ran,
    /// tries it again, up to <see cref="Attempts"/> times. A failure with no xrun in its window, or
    /// any problem on Pix2Midi's side (exit code, recording, stats, console lines), counts at once.
    /// A trial whose run ended by itself before the signal went is tried again too, so that the
    /// signals the suite sends do interrupt runs.
    /// </summary>
    public async Task<InterruptOutcome> TrialAsync(Func<Task<InterruptOutcome>> attempt)
    {
        for (var tried = 1; ; tried++)
        {
            var logFrom = Rig.ServerLog.Length;
            var outcome = await attempt();
            if (outcome.Problems.Count == 0)
            {
                if (!outcome.Landed && tried < Attempts)
                {
                    // The run ended before its signal (on a loaded machine the receiver's lines can
                    // come late): the trial tested no interrupt, so it goes again.
                    Spoiled.Enqueue($"{outcome}: tried again");
                    continue;
                }

                return outcome;
            }

            var xruns = Rig.ServerLog[logFrom..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Contains("XRun", StringComparison.Ordinal)).ToList();
            var jackd = xruns.Count == 0 ? "jackd logged no xrun meanwhile" : "jackd: " + string.Join(" / ", xruns.Take(6));
            if (!outcome.ReceiverSide || xruns.Count == 0 || tried == Attempts)
            {
                return outcome with { Problems = [.. outcome.Problems, jackd] };
            }

            Spoiled.Enqueue($"{outcome}; {jackd}");
        }
    }

    /// <summary>The receiver of lane <paramref name="lane"/> (0 to <see cref="Count"/> − 1).</summary>
    public JackMidiDump Dump(int lane) => _rig.Value.Dumps[lane];

    public void Dispose()
    {
        if (_rig.IsValueCreated)
        {
            _rig.Value.Rig.Dispose();
        }
    }
}
