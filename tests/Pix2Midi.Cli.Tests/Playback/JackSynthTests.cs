using System.Diagnostics;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pix2Midi.Cli.Tests.Playback;

/// <summary>
/// A real synth: <c>pix2midi run</c> plays the calibration video into fluidsynth on JACK, and
/// <c>jack_rec</c> records what it sounds like. The WAV has notes at the video's times.
/// </summary>
/// <remarks>
/// An xrun drops a period from the recording, and every later note sounds 5.3 ms early in it: a
/// trial whose recording fails while jackd logged an xrun is run again (<see cref="JackTrials"/>).
/// </remarks>
public class JackSynthTests(ITestOutputHelper log)
{
    private const int SampleRate = 48_000;

    [ToolFact("jackd", "jack_rec", "fluidsynth", "jack_lsp")]
    public Task The_synth_sounds_each_note_at_its_frame_time() => JackTrials.RunAsync(log, Trial);

    private static async Task Trial(JackRig rig)
    {
        var synth = rig.StartFluidSynth("pix2midi-synth");
        using var temp = new TempDirectory();
        var wav = temp.File("heard.wav");
        var record = new ProcessStartInfo("jack_rec") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", wav, "-d", "10", "pix2midi-synth:left", "pix2midi-synth:right" })
        {
            record.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in rig.Environment)
        {
            record.Environment[key] = value;
        }

        using var recorder = Process.Start(record)!;
        using var tool = ToolProcess.Start(temp.Path, rig.Environment, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "jack:" + synth);
        var run = await tool.ExitAsync(TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Error + run.Output);

        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await recorder.WaitForExitAsync(deadline.Token);
        }

        var samples = ReadLeftChannel(wav);
        var first = FirstOnset(samples);
        try
        {
            Assert.True(first > 0, "the synth never sounded");
            for (var cell = 0; cell < 16; cell++)
            {
                // Cell c sounds 10c video frames (c/3 s) after cell 0.
                var expected = first + (cell * SampleRate / 3);
                Assert.True(Rms(samples, expected, expected + (SampleRate / 10)) > 20, $"no sound after note {cell} at {expected / (double)SampleRate:0.000} s");
                if (cell % 2 == 0)
                {
                    // The loud (white) cells: a sharp attack within 10 ms of where it belongs.
                    var attack = Attack(samples, expected - (SampleRate / 100), expected + (SampleRate / 100));
                    Assert.True(attack > 10, $"note {cell} has no attack at {expected / (double)SampleRate:0.000} s (ratio {attack:0.0})");
                }
            }
        }
        catch (XunitException e)
        {
            // Where the notes sit in the recording: an xrun drops a period from it.
            throw new LostAtReceiverException(e.Message, e);
        }

        // A stuck note is Pix2Midi's, never the recording's: not tried again.
        var lastNoteEnd = first + (15 * SampleRate / 3) + (6 * SampleRate / 30);
        Assert.True(Rms(samples, lastNoteEnd + SampleRate, Math.Min(samples.Length, lastNoteEnd + (2 * SampleRate))) < 5, "sound after the last note ended: a stuck note?");
    }

    private static short[] ReadLeftChannel(string wav)
    {
        var bytes = File.ReadAllBytes(wav);
        Assert.Equal("RIFF"u8.ToArray(), bytes[..4]);
        var position = 12;
        int channels = 0, bits = 0;
        while (position + 8 <= bytes.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(bytes, position, 4);
            var size = BitConverter.ToInt32(bytes, position + 4);
            if (id == "fmt ")
            {
                channels = BitConverter.ToInt16(bytes, position + 10);
                bits = BitConverter.ToInt16(bytes, position + 22);
            }
            else if (id == "data")
            {
                Assert.Equal(16, bits);
                var frames = Math.Min(size, bytes.Length - position - 8) / (2 * channels);
                var left = new short[frames];
                for (var i = 0; i < frames; i++)
                {
                    left[i] = BitConverter.ToInt16(bytes, position + 8 + (i * 2 * channels));
                }

                return left;
            }

            position += 8 + size;
        }

        throw new InvalidDataException("no data chunk in " + wav);
    }

    private static double Rms(short[] samples, int from, int to)
    {
        from = Math.Clamp(from, 0, samples.Length);
        to = Math.Clamp(to, from, samples.Length);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += samples[i] * (double)samples[i];
        }

        return to > from ? Math.Sqrt(sum / (to - from)) : 0;
    }

    /// <summary>The first 1 ms window louder than a floor after silence.</summary>
    private static int FirstOnset(short[] samples)
    {
        const int window = SampleRate / 1000;
        for (var i = window; i + window < samples.Length; i += window)
        {
            if (Rms(samples, i, i + window) > 100)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The largest ratio of loudness just after to just before a point in the range.</summary>
    private static double Attack(short[] samples, int from, int to)
    {
        var best = 0.0;
        for (var i = from; i <= to; i += SampleRate / 2000)
        {
            var before = Rms(samples, i - (SampleRate / 40), i - (SampleRate / 500));
            var after = Rms(samples, i, i + (SampleRate / 40));
            best = Math.Max(best, after / Math.Max(before, 1));
        }

        return best;
    }
}
