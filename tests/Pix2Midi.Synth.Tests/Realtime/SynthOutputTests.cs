using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Synth.Native;
using Pix2Midi.Synth.Realtime;
using Xunit.Abstractions;

namespace Pix2Midi.Synth.Tests.Realtime;

[Collection(JackCollection.Name)]
public sealed class SynthOutputTests(ITestOutputHelper log)
{
    private const int Rate = JackRig.SampleRate;

    [Fact]
    public void An_unknown_driver_names_itself_and_the_drivers_there_are()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));

        var e = Assert.Throws<SynthException>(() => SynthOutput.Open(new SynthOutputOptions(font) { Driver = "bogus" }));

        Assert.StartsWith("the audio driver \"bogus\" could not start (Couldn't find the requested audio driver 'bogus'); this FluidSynth has the drivers ", e.Message);
        Assert.EndsWith(string.Join(", ", AudioDrivers.Available()), e.Message);
        Assert.Contains("jack", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_period_out_of_range_is_refused_in_one_line()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));

        var e = Assert.Throws<SynthException>(() => SynthOutput.Open(new SynthOutputOptions(font) { Driver = "bogus", PeriodFrames = 10 }));

        Assert.Equal("FluidSynth refused a period of 10 frames: it takes 64 to 8192", e.Message);
    }

    [Fact]
    public void JACK_without_a_server_fails_at_once_with_FluidSynths_reason()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<SynthException>(() => SynthOutput.Open(new SynthOutputOptions(font) { Driver = "jack", JackServer = "pix2midi-no-such-server" }));

        Assert.StartsWith("the audio driver \"jack\" could not start (", e.Message);
        Assert.Contains("Jack server", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        // libjack would otherwise try to start a server itself, for seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [ToolFact("jackd", "jack_rec", "jack_lsp")]
    public async Task A_note_sounds_through_JACK_and_stops_within_100_ms_of_all_sounds_off_and_of_dispose()
    {
        using var rig = JackRig.Start();
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        const string client = "pix2midi-synth-test";
        var wav = dir.File("heard.wav");
        var output = SynthOutput.Open(new SynthOutputOptions(font) { Driver = "jack", JackClientName = client, JackServer = rig.ServerName });
        long t0, t1, t2, t3;
        try
        {
            Assert.Equal($"FluidSynth {FluidSynthLibrary.Version} (jack)", output.Port.Name);
            Assert.Equal(TimeSpan.Zero, output.Lookahead);
            Assert.True(rig.WaitForPorts(p => p.Contains($"{client}:left") && p.Contains($"{client}:right"), TimeSpan.FromSeconds(10)), "no synth ports");
            Assert.Contains("system:playback_1", rig.Connections($"{client}:left"));

            using var recorder = StartRecorder(rig, wav, $"{client}:left", $"{client}:right");
            Assert.True(SpinWait.SpinUntil(() => rig.Connections($"{client}:left").Count >= 2, TimeSpan.FromSeconds(10)), "jack_rec never connected");
            Thread.Sleep(200);

            t0 = Stopwatch.GetTimestamp();
            output.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 69, 100), t0);
            Thread.Sleep(500);
            t1 = Stopwatch.GetTimestamp();
            output.AllSoundsOff();
            Thread.Sleep(500);
            t2 = Stopwatch.GetTimestamp();
            output.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 72, 100), t2);
            Thread.Sleep(500);
            t3 = Stopwatch.GetTimestamp();
            output.Dispose();

            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await recorder.WaitForExitAsync(deadline.Token);
        }
        finally
        {
            output.Dispose();
        }

        var heard = WavFile.Read(wav);
        var sounds = Sounds(heard.Samples, 0.002f, Rate / 20);
        log.WriteLine($"sounds (frames): {string.Join(", ", sounds.Select(s => $"{s.Start}-{s.End}"))}; peak {Audio.Peak(heard.Samples, 2, 0, heard.Frames):0.000}");
        Assert.Equal(2, sounds.Count);
        AssertLasted(sounds[0], t0, t1);
        AssertLasted(sounds[1], t2, t3);
        Assert.InRange(Seconds(sounds[1].Start - sounds[0].Start), Elapsed(t0, t2) - 0.1, Elapsed(t0, t2) + 0.05);
    }

    [ToolFact("jackd", "jack_lsp")]
    public void A_stopped_JACK_server_costs_this_output_only()
    {
        using var rig = JackRig.Start();
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        var notices = new List<string>();
        var guard = new OutputGuard(notices.Add);
        using var synth = guard.Guard(SynthOutput.Open(new SynthOutputOptions(font) { Driver = "jack", JackClientName = "pix2midi-lost", JackServer = rig.ServerName, JackAutoConnect = false }));
        using var record = guard.Guard(new RecordingOutput());
        synth.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 69, 100), Stopwatch.GetTimestamp());

        rig.StopServer();
        var lost = SpinWait.SpinUntil(
            () =>
            {
                synth.Send(NoteEvent.NoteOff(TimeSpan.Zero, 0, 69), Stopwatch.GetTimestamp());
                record.Send(NoteEvent.NoteOff(TimeSpan.Zero, 0, 69), Stopwatch.GetTimestamp());
                return guard.Lost.Count > 0;
            },
            TimeSpan.FromSeconds(10));

        Assert.True(lost, "the synth never noticed that the JACK server stopped");
        Assert.Equal(["synth:FluidSynth " + FluidSynthLibrary.Version + " (jack)"], guard.Lost);
        var notice = Assert.Single(notices);
        Assert.Equal("synth:FluidSynth " + FluidSynthLibrary.Version + " (jack) is lost: the synth's audio driver (jack) stopped (Lost the connection to the JACK server): start the sound server or device again and restart Pix2Midi, or pick another driver. Playing on to record:file.", notice);
        log.WriteLine(notice);
    }

    /// <summary>
    /// A sound started at <paramref name="on"/> and cut at <paramref name="off"/> lasts that long
    /// (an xrun may drop periods from the recording: 100 ms less is allowed), and at most 100 ms more.
    /// </summary>
    private static void AssertLasted((long Start, long End) sound, long on, long off)
    {
        var lasted = Seconds(sound.End - sound.Start);
        var held = Elapsed(on, off);
        Assert.True(lasted >= held - 0.1, $"the note lasted {lasted:0.000} s, held {held:0.000} s");
        Assert.True(lasted <= held + 0.1, $"the note lasted {lasted:0.000} s after being held {held:0.000} s: not silent within 100 ms");
    }

    private static double Seconds(long frames) => frames / (double)Rate;

    private static double Elapsed(long from, long to) => (to - from) / (double)Stopwatch.Frequency;

    /// <summary>Stretches where some sample exceeds <paramref name="threshold"/>, apart by at least <paramref name="gap"/> frames of quiet.</summary>
    private static List<(long Start, long End)> Sounds(float[] samples, float threshold, int gap)
    {
        var sounds = new List<(long Start, long End)>();
        long start = -1, last = -1;
        for (long frame = 0; frame < samples.Length / 2; frame++)
        {
            if (Math.Abs(samples[frame * 2]) <= threshold && Math.Abs(samples[(frame * 2) + 1]) <= threshold)
            {
                continue;
            }

            if (start < 0 || frame - last > gap)
            {
                if (start >= 0)
                {
                    sounds.Add((start, last));
                }

                start = frame;
            }

            last = frame;
        }

        if (start >= 0)
        {
            sounds.Add((start, last));
        }

        return sounds;
    }

    private static Process StartRecorder(JackRig rig, string wav, params string[] ports)
    {
        var start = new ProcessStartInfo(ExternalTool.Find("jack_rec") ?? "jack_rec") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-f", wav, "-d", "3" }.Concat(ports))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in rig.Environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }
}
