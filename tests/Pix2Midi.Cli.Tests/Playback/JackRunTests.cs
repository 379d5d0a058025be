using Pix2Midi.Core.Smf;
using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests.Playback;

/// <summary>
/// <c>pix2midi run</c> through a real JACK server (dummy driver, 48 kHz) to <c>jack_midi_dump</c>:
/// the calibration video's notes arrive at sample frames that match the video's frame times.
/// </summary>
/// <remarks>
/// A run whose receiver got fewer messages than Pix2Midi wrote into its port (its <c>--stats</c>
/// says), while jackd logged an xrun, lost them inside JACK: it is run again, up to three times.
/// </remarks>
public class JackRunTests(ITestOutputHelper log)
{
    private const int FramesPerVideoFrame = 48_000 / 30; // 1600
    private const int Messages = 34;

    private static (int On, int Off) VideoFrames(int cell) => (10 + (10 * cell), 10 + (10 * cell) + 3 + (cell % 4));

    [ToolFact("jackd", "jack_midi_dump", "jack_lsp")]
    public Task The_calibration_notes_arrive_on_the_exact_sample_frames_of_their_video_frames() => JackTrials.RunAsync(log, async rig =>
    {
        using var dump = rig.StartMidiDump("pix2midi-test-monitor");
        using var temp = new TempDirectory();

        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + dump.PortName, "--record", "played.mid", "--stats", "stats.json");
        var run = await tool.ExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        try
        {
            dump.WaitForMessages(Messages, TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException e) when (JackStats.Parse(File.ReadAllText(temp.File("stats.json"))).WroteAll)
        {
            throw new LostAtReceiverException(e.Message, e);
        }

        AssertOnTime(rig, dump, temp);
    });

    private static void AssertOnTime(JackRig rig, JackMidiDump dump, TempDirectory temp)
    {
        var messages = dump.WaitForMessages(Messages, TimeSpan.FromSeconds(5));
        var notes = messages.Where(m => (m.Bytes[0] & 0xE0) == 0x80).ToList();
        var ons = notes.Where(m => m.Bytes[0] == 0x90).ToList();
        Assert.Equal(Enumerable.Range(60, 16), ons.Select(m => (int)m.Bytes[1]));
        var stats = File.ReadAllText(temp.File("stats.json"));
        var playedLate = JackStats.Parse(stats).Late;
        var origin = ons[0].Frame - (VideoFrames(0).On * FramesPerVideoFrame);
        for (var cell = 0; cell < 16; cell++)
        {
            var (on, off) = VideoFrames(cell);
            AssertOnFrame(origin + (on * FramesPerVideoFrame), ons[cell].Frame, rig, ref playedLate);
            var noteOff = Assert.Single(notes, m => m.Bytes[0] == 0x80 && m.Bytes[1] == 60 + cell);
            AssertOnFrame(origin + (off * FramesPerVideoFrame), noteOff.Frame, rig, ref playedLate);
        }

        Assert.Contains(messages, m => m.Bytes is [0xB0, 123, 0]);
        Assert.Contains(messages, m => m.Bytes is [0xB0, 120, 0]);

        // The recording is what the receiver got: the same messages, in the same order.
        var recorded = SmfReader.ReadFile(temp.File("played.mid")).ChannelEvents.Select(e => (e.Status, e.Data1, e.Data2));
        Assert.Equal(messages.Select(m => (m.Bytes[0], m.Bytes[1], m.Bytes[2])), recorded);
        Assert.Contains("\"port\": \"jack:" + dump.PortName + "\"", stats);
        // Handed over in time by Pix2Midi (every note sat on its exact frame, above: a millisecond a
        // loaded machine adds to a hand-over scheduled ahead moves nothing; a stuck one would be a
        // frame late); played late by JACK only across an xrun the server logged.
        using (var json = System.Text.Json.JsonDocument.Parse(stats))
        {
            Assert.True(json.RootElement.GetProperty("latenessMs").GetProperty("max").GetDouble() < 10, stats);
        }

        Assert.True(stats.Contains("\"late\": 0", StringComparison.Ordinal) || rig.ServerLog.Contains("XRun", StringComparison.Ordinal), stats + rig.ServerLog);
    }

    /// <summary>
    /// The message arrived on its exact sample frame. Across an xrun (which jackd logs) two things
    /// can move it, and nothing else may: jack_midi_dump counts only the frames of the periods it
    /// ran, so its count slips by whole periods, and the message still sits on its exact frame inside
    /// its period; or JACK ran Pix2Midi's process callback after the message's period had gone, so
    /// the callback wrote it at the start of the period it ran in and counted it late (the JACK
    /// output's <c>late</c> in <c>--stats</c>, of which <paramref name="playedLate"/> is what is left).
    /// Pix2Midi's own hand-over is checked to be in time apart from this (<c>lateEvents</c>).
    /// </summary>
    private static void AssertOnFrame(long expected, long actual, JackRig rig, ref long playedLate)
    {
        var difference = actual - expected;
        if (difference == 0)
        {
            return;
        }

        var log = rig.ServerLog;
        var xrun = log.Contains("XRun", StringComparison.Ordinal);
        if (xrun && difference % JackRig.PeriodFrames == 0)
        {
            return;
        }

        Assert.True(xrun && actual % JackRig.PeriodFrames == 0 && playedLate-- > 0, $"frame {actual}, expected {expected}; server log:\n{log}");
    }

    // Signals at random moments, with the receiver counting open notes: Reliability/RunInterruptTests.
}
