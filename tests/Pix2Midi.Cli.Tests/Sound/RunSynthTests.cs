using System.Diagnostics;
using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests.Sound;

/// <summary>
/// <c>run --synth</c> through a real audio output: JACK's (a dummy-driver server, recorded with
/// <c>jack_rec</c>) and FluidSynth's file driver; the synthesizer by default when there is no MIDI port.
/// </summary>
public sealed class RunSynthTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ToolFact("jackd", "jack_rec", "jack_lsp", "ffmpeg")]
    public void Run_with_synth_sounds_through_JACK_while_it_plays_and_is_silent_within_100_ms_of_ctrl_c()
    {
        using var rig = JackRig.Start();
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--synth", "--audio-driver", "jack", "--loop", "--port", "console");
        Assert.True(rig.WaitForPorts(p => p.Contains("pix2midi:left") && p.Contains("pix2midi:right"), Patience), tool.Output + tool.Error);

        // jack_rec's first frame is when its port appears; the signal's time is measured from there.
        var recording = temp.File("heard.wav");
        var start = new ProcessStartInfo("jack_rec") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", recording, "-d", "4", "pix2midi:left", "pix2midi:right" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in rig.Environment)
        {
            start.Environment[key] = value;
        }

        using var recorder = Process.Start(start)!;
        // Asked without pause; the clock starts when the poll that first saw jack_rec's port began
        // (its first frame came between the poll before and that one's answer).
        var waited = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        while (!rig.Ports().Any(n => n.StartsWith("jackrec:", StringComparison.Ordinal)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "jack_rec did not start");
            clock.Restart();
        }

        Thread.Sleep(2000);
        var signalled = clock.Elapsed;
        tool.Signal("INT");
        Assert.Equal(130, tool.WaitForExit(Patience));
        Assert.True(recorder.WaitForExit(TimeSpan.FromSeconds(20)), "jack_rec did not end");
        log.WriteLine(tool.Output + tool.Error);

        var heard = WavFile.Read(recording);
        Assert.Equal(JackRig.SampleRate, heard.SampleRate);
        var signalFrame = (long)(signalled.TotalSeconds * heard.SampleRate);
        var before = Audio.Peak(heard.Samples, heard.Channels, 0, signalFrame);
        var last = Audio.LastAbove(heard.Samples, heard.Channels, 1e-3f);
        log.WriteLine($"peak before the signal {before:0.0000}; last sound at {last / (double)heard.SampleRate:0.000} s; signal at {signalled.TotalSeconds:0.000} s");
        Assert.True(before > 0.01, $"no sound while it played (peak {before})");
        Assert.InRange(last, 0, signalFrame + (heard.SampleRate / 10));
        Assert.Contains("synth:", tool.Output, StringComparison.Ordinal);
        Assert.Contains("Every note was stopped.", tool.Output, StringComparison.Ordinal);
    }

    [ToolFact("ffmpeg")]
    public void With_no_MIDI_port_run_plays_through_the_synthesizer_when_an_audio_output_works_and_says_so()
    {
        using var temp = new TempDirectory();
        // FluidSynth's file driver stands in for a sound card; no JACK server, no ALSA here.
        var environment = new Dictionary<string, string>
        {
            ["PIX2MIDI_AUDIO_DRIVER"] = "file",
            ["JACK_DEFAULT_SERVER"] = "pix2midi-none-" + Environment.ProcessId,
            ["JACK_NO_START_SERVER"] = "1",
        };
        var run = CliRun.Process(temp.Path, environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--record", "played.mid");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("No MIDI port found, so Pix2Midi plays through its built-in synthesizer (file, ", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("connect a MIDI port and pass --port NAME", run.OutputLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(run.OutputLines, l => l.Contains(" on  v", StringComparison.Ordinal));
        var played = WavFile.Read(temp.File("fluidsynth.wav"));
        Assert.True(Audio.Peak(played.Samples, played.Channels, 0, played.Frames) > 0.01, "the file driver wrote silence");
    }

    [ToolFact("ffmpeg")]
    public void An_audio_driver_that_cannot_start_is_one_line_naming_the_drivers_there_are()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Process(temp.Path, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--synth", "--audio-driver", "bogus", "--record", "played.mid");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: the audio driver \"bogus\" could not start (", line, StringComparison.Ordinal);
        Assert.Contains("this FluidSynth has the drivers ", line, StringComparison.Ordinal);
        Assert.Contains("jack", line, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("played.mid")));
    }

    [ToolFact("ffmpeg")]
    public void A_soundfont_that_is_not_one_is_one_line_before_anything_plays()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notes.sf2"), "not sounds\n");
        var run = CliRun.Process(temp.Path, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--synth", "--soundfont", "notes.sf2");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: notes.sf2 ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(run.OutputLines, l => l.Contains(" on  v", StringComparison.Ordinal));
    }
}
