using Xunit.Abstractions;
using static Pix2Midi.Cli.Tests.Reliability.InterruptMoment;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// <c>pix2midi run</c> of the calibration sample into a real JACK receiver, with <c>--record</c> and
/// <c>--stats</c>, stopped by SIGINT, SIGTERM or SIGHUP at random moments: while it starts, while
/// it plays, and over its last note, its end and its exit; some get a second signal while the
/// first is being handled. Every time: no note-on without its note-off at the receiver, a
/// complete <c>--record</c> file and a valid <c>--stats</c> file, the console monitor's lines
/// paired up too, and exit 128 + the signal.
/// </summary>
/// <remarks>Twelve interrupts per signal, four processes at a time, one JACK server for the class.</remarks>
[Collection(ReliabilityCollection.Name)]
public class RunInterruptTests(JackLanes lanes, ITestOutputHelper log) : IClassFixture<JackLanes>
{
    private const int Trials = 12;

    /// <summary>The calibration video's last note (cell 15, D#5): the run ends two thirds of a second after it.</summary>
    private const int LastNote = 75;

    [ToolTheory("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "kill")]
    [InlineData("INT", 7001)]
    [InlineData("TERM", 7002)]
    [InlineData("HUP", 7003)]
    public async Task A_signal_at_any_moment_of_a_run_leaves_no_note_sounding_and_complete_files(string signal, int seed)
    {
        var plan = InterruptTrial.Plan(seed, Trials, signal, (Startup, TimeSpan.FromMilliseconds(700)), (Playing, TimeSpan.FromMilliseconds(5000)), (End, TimeSpan.FromMilliseconds(450)));

        var outcomes = await Lanes.RunAsync(plan, JackLanes.Count, (trial, lane) => lanes.TrialAsync(() => InterruptAsync(trial, lanes.Dump(lane))));

        while (lanes.Spoiled.TryDequeue(out var spoiled))
        {
            log.WriteLine("tried again: " + spoiled);
        }

        Assert.True(outcomes.All(o => o.Problems.Count == 0), string.Join('\n', outcomes.Where(o => o.Problems.Count > 0)));
        Assert.True(outcomes.Count(o => o.Landed) >= Trials - 2, "too few signals reached a running process:\n" + string.Join('\n', outcomes.Where(o => !o.Landed)));
    }

    private async Task<InterruptOutcome> InterruptAsync(InterruptTrial trial, JackMidiDump dump)
    {
        var from = dump.Messages.Count;
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, lanes.Rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--port", "console", "--record", InterruptOutcome.RecordName, "--stats", InterruptOutcome.StatsName);
        var reached = trial.Moment switch
        {
            Playing => await Receiver.WaitUntilAsync(() => dump.Messages.Skip(from).Any(m => m.Bytes[0] == 0x90), TimeSpan.FromSeconds(30)),
            End => await Receiver.WaitUntilAsync(() => dump.Messages.Skip(from).Any(m => m.Bytes[0] == 0x90 && m.Bytes[1] == LastNote), TimeSpan.FromSeconds(30)),
            _ => true,
        };
        if (!reached)
        {
            var doing = StuckProcess.Describe(tool.Id) + "; " + StuckProcess.ServerAnswers(lanes.Rig);
            Receiver.TrySignal(tool.Id, "KILL");
            var stuck = await tool.ExitAsync(TimeSpan.FromSeconds(10));
            return new InterruptOutcome(trial, false, [$"the receiver never got {(trial.Moment == End ? "the last note" : "a note")}: {stuck.Output} {stuck.Error} {string.Join(" / ", dump.Lines.TakeLast(5))}; {doing}; jackd: {string.Join(" / ", lanes.Rig.ServerLog.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(8))}"]);
        }

        await Task.Delay(trial.Delay);
        var landed = Receiver.TrySignal(tool.Id, trial.Signal);
        if (landed && trial.Second is { } second)
        {
            await Task.Delay(trial.SecondDelay);
            Receiver.TrySignal(tool.Id, second);
        }

        var run = await tool.ExitAsync(TimeSpan.FromSeconds(30));
        return InterruptOutcome.Check(trial, landed, run, temp.Path, Receiver.Settle(dump, from), "Playing ", "cancelled", "ended");
    }
}
