using System.Diagnostics;
using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests.Sound;

/// <summary>
/// <c>run --synth</c> through a real audio output: JACK's (a dummy-driver server, recorded with
/// <c>jack_rec</c>) and FluidSynth's file driver; the synthesizer by default when there is no MIDI port.
/// </summary>
[Collection(SoundCollection.Name)]
public sealed class RunSynthTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [ToolTheory("jackd", "jack_rec", "jack_lsp", "ffmpeg", "fluidsynth")]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    public void Run_with_synth_sounds_through_JACK_while_it_plays_and_is_silent_within_100_ms_of_ctrl_c_sigterm_or_sighup(string signal, int exitCode)
    {
        using var rig = JackRig.Start();
        using var temp = new TempDirectory();

        // White all through: every calibration cell holds its note, so there is sound until the stop.
        ExternalTool.Ffmpeg("-f", "lavfi", "-i", "color=white:size=320x180:rate=30:duration=20", "-c:v", "libx264", "-pix_fmt", "yuv420p", temp.File("white.mp4"));
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", temp.File("white.mp4"), "-m", "calibration", "--synth", "--audio-driver", "jack", "--port", "console");
        Assert.True(rig.WaitForPorts(p => p.Contains("pix2midi:left") && p.Contains("pix2midi:right"), Patience), tool.Output + tool.Error);

        // A marker on the same JACK clock: a fluidsynth of the test's own, told on its standard input
        // to play a note just before the signal is sent. Recorded beside Pix2Midi's synth, the time
        // from the marker's attack to Pix2Midi's silence is measured in frames, whatever the load.
        using var marker = StartProcess("fluidsynth", rig.Environment, stdin: true, "-a", "jack", "-o", "audio.jack.id=marker", "-o", "audio.jack.autoconnect=0", "-r", "48000", "-g", "1", JackRig.DefaultSoundFont);
        Assert.True(rig.WaitForPorts(p => p.Contains("marker:left"), Patience), "the marker synth did not start");
        var recording = temp.File("heard.wav");
        using var recorder = StartProcess("jack_rec", rig.Environment, stdin: false, "-f", recording, "-d", "4", "pix2midi:left", "pix2midi:right", "marker:left", "marker:right");
        Assert.True(rig.WaitForPorts(p => p.Any(n => n.StartsWith("jackrec:", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)), "jack_rec did not start");
        Thread.Sleep(1500);
        marker.StandardInput.WriteLine("noteon 0 76 127");
        marker.StandardInput.Flush();
        tool.Signal(signal);
        Assert.Equal(exitCode, tool.WaitForExit(Patience));
        Assert.True(recorder.WaitForExit(TimeSpan.FromSeconds(20)), "jack_rec did not end");
        log.WriteLine(tool.Output + tool.Error);

        var heard = WavFile.Read(recording);
        Assert.Equal((JackRig.SampleRate, 4), (heard.SampleRate, heard.Channels));
        var ours = Channels(heard, 0, 1);
        var theirs = Channels(heard, 2, 3);
        var signalFrame = Audio.FirstAbove(theirs, 2, 1e-3f);
        Assert.True(signalFrame > 0, "the marker never sounded");
        var before = Audio.Peak(ours, 2, 0, signalFrame);
        var last = Audio.LastAbove(ours, 2, 1e-3f);
        log.WriteLine($"peak before the signal {before:0.0000}; marker at {signalFrame / 48000.0:0.000} s; last sound at {last / 48000.0:0.000} s: {(last - signalFrame) / 48.0:0.0} ms after");
        Assert.True(before > 0.01, $"no sound while it played (peak {before})");
        Assert.True(Audio.Peak(ours, 2, signalFrame - 4800, signalFrame) > 1e-3, "silent before the signal: the stop was not what silenced it");
        Assert.InRange(last, signalFrame, signalFrame + 4800);
        Assert.Contains("synth:", tool.Output, StringComparison.Ordinal);
        Assert.Matches(@"The built-in synthesizer plays \S+\.sf2 \((General MIDI, installed|Pix2Midi's own)\) through jack\.", tool.Output);
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
    public void Live_with_synth_plays_a_stream_through_the_synthesizer_and_stops_on_ctrl_c()
    {
        using var temp = new TempDirectory();
        using var server = new MjpegStreamServer(MjpegStreamServer.Uniform());
        var environment = new Dictionary<string, string> { ["JACK_DEFAULT_SERVER"] = "pix2midi-none-" + Environment.ProcessId, ["JACK_NO_START_SERVER"] = "1" };
        using var tool = ToolProcess.Start(temp.Path, environment, "live", "--source", server.Url, "-m", "calibration", "--synth", "--audio-driver", "file", "--port", "console", "--record", "live.mid");
        Assert.True(tool.WaitUntilOutput(o => o.Split('\n').Count(l => l.Contains(" on  v", StringComparison.Ordinal)) >= 16, Patience), tool.Output + tool.Error);
        Thread.Sleep(500);
        tool.Signal("INT");

        Assert.Equal(130, tool.WaitForExit(Patience));
        Assert.Contains("synth:FluidSynth ", tool.Output, StringComparison.Ordinal);
        var played = WavFile.Read(temp.File("fluidsynth.wav"));
        Assert.True(Audio.Peak(played.Samples, played.Channels, 0, played.Frames) > 0.01, "the file driver wrote silence");
        var notes = Midicsv.Read(temp.File("live.mid")).Notes;
        Assert.Equal(notes.Count(n => n.IsOn), notes.Count(n => !n.IsOn));
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

    private static float[] Channels(WavFile wav, int left, int right)
    {
        var pair = new float[wav.Frames * 2];
        for (var f = 0; f < wav.Frames; f++)
        {
            pair[2 * f] = wav.Samples[(f * wav.Channels) + left];
            pair[(2 * f) + 1] = wav.Samples[(f * wav.Channels) + right];
        }

        return pair;
    }

    private static Process StartProcess(string program, IReadOnlyDictionary<string, string> environment, bool stdin, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
