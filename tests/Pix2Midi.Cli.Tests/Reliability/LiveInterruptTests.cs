using Xunit.Abstractions;
using static Pix2Midi.Cli.Tests.Reliability.InterruptMoment;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// <c>pix2midi live</c> from a stand-in camera (ffmpeg serving the calibration video as MJPEG on
/// 127.0.0.1) into a real JACK receiver, with <c>--record</c> and <c>--stats</c>, stopped by
/// SIGINT, SIGTERM or SIGHUP at random moments: while it starts and connects, while it plays, and
/// right after the stream is cut (while it silences everything and retries). Every time: no note-on
/// without its note-off at the receiver, complete files, and exit 128 + the signal.
/// </summary>
/// <remarks>Six interrupts per signal, four processes at a time, one JACK server for the class.</remarks>
[Collection(ReliabilityCollection.Name)]
public class LiveInterruptTests(JackLanes lanes, ITestOutputHelper log) : IClassFixture<JackLanes>
{
    private const int Trials = 6;

    [ToolTheory("jackd", "jack_midi_dump", "jack_lsp", "midicsv", "ffmpeg", "kill")]
    [InlineData("INT", 7101)]
    [InlineData("TERM", 7102)]
    [InlineData("HUP", 7103)]
    public async Task A_signal_at_any_moment_of_a_live_run_leaves_no_note_sounding_and_complete_files(string signal, int seed)
    {
        var plan = InterruptTrial.Plan(seed, Trials, signal, (Startup, TimeSpan.FromMilliseconds(1200)), (Playing, TimeSpan.FromMilliseconds(2500)), (SourceLoss, TimeSpan.FromMilliseconds(400)));

        var outcomes = await Lanes.RunAsync(plan, JackLanes.Count, (trial, lane) => lanes.TrialAsync(() => InterruptAsync(trial, lanes.Dump(lane))));

        while (lanes.Spoiled.TryDequeue(out var spoiled))
        {
            log.WriteLine("tried again: " + spoiled);
        }

        Assert.True(outcomes.All(o => o.Problems.Count == 0), string.Join('\n', outcomes.Where(o => o.Problems.Count > 0)));
        Assert.True(outcomes.All(o => o.Landed), "a live run ended by itself:\n" + string.Join('\n', outcomes.Where(o => !o.Landed)));
    }

    private async Task<InterruptOutcome> InterruptAsync(InterruptTrial trial, JackMidiDump dump)
    {
        var from = dump.Messages.Count;
        using var temp = new TempDirectory();
        using var camera = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        using var tool = ToolProcess.Start(temp.Path, lanes.Rig.Environment, "live", "--source", camera.Url, "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", InterruptOutcome.RecordName, "--stats", InterruptOutcome.StatsName);
        if (trial.Moment != Startup && !await Receiver.WaitUntilAsync(() => dump.Messages.Skip(from).Any(m => m.Bytes[0] == 0x90), TimeSpan.FromSeconds(30)))
        {
            var doing = StuckProcess.Describe(tool.Id) + "; " + StuckProcess.ServerAnswers(lanes.Rig);
            Receiver.TrySignal(tool.Id, "KILL");
            var stuck = await tool.ExitAsync(TimeSpan.FromSeconds(10));
            return new InterruptOutcome(trial, false, [$"the receiver never got a note: {stuck.Output} {stuck.Error} {string.Join(" / ", dump.Lines.TakeLast(5))}; {doing}"]);
        }

        if (trial.Moment == SourceLoss)
        {
            camera.Stop();
        }

        await Task.Delay(trial.Delay);
        var landed = Receiver.TrySignal(tool.Id, trial.Signal);
        if (landed && trial.Second is { } second)
        {
            await Task.Delay(trial.SecondDelay);
            Receiver.TrySignal(tool.Id, second);
        }

        var run = await tool.ExitAsync(TimeSpan.FromSeconds(30));
        return InterruptOutcome.Check(trial, landed, run, temp.Path, Receiver.Settle(dump, from), "Playing live from", "cancelled");
    }
}
