using Xunit.Abstractions;

namespace Pix2Midi.Cli.Tests.Sound;

/// <summary>
/// <c>render --audio</c> and <c>render --video</c> against real peers: each note of the soundtrack
/// starts on its frame's sample, one 64-frame block before the <c>fluidsynth</c> program's own
/// render of the MIDI file (which starts every event one block late); the soundtrack is as long as
/// the video; the video's picture is copied bit for bit and its own audio kept second.
/// </summary>
[Collection(SoundCollection.Name)]
public sealed class RenderSoundTests(ITestOutputHelper log)
{
    private const string FluidR3 = "/usr/share/sounds/sf2/FluidR3_GM.sf2";
    private const int Rate = 48000;

    /// <summary>Quiet enough to be before any attack, loud enough to be above a reverb's idle noise.</summary>
    private const float Threshold = 1e-4f;

    [ToolTheory("ffmpeg", "ffprobe", "fluidsynth")]
    [InlineData("30", 30.0)]
    [InlineData("25", 25.0)]
    public void Every_note_starts_on_its_frames_sample_a_block_before_fluidsynths_own_render(string rate, double fps)
    {
        using var video = new FlashVideo(rate, [15, 60, 105], 5);
        using var temp = new TempDirectory();
        var run = CliRun.Process(temp.Path, "render", video.Path, "-m", video.Mapping, "-o", "ours.mid", "--audio", "ours.wav", "--soundfont", FluidR3, "--no-progress");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(run.OutputLines, l => l.StartsWith("audio    ours.wav: 48 kHz stereo, 5.00 s", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("sounds   FluidR3_GM.sf2 (given)", StringComparison.Ordinal));

        var ours = WavFile.Read(temp.File("ours.wav"));
        Assert.Equal((2, Rate), (ours.Channels, ours.SampleRate));
        Assert.Equal(5L * Rate, ours.Frames);
        ExternalTool.Run("fluidsynth", ["-ni", "-q", "-r", "48000", "-F", temp.File("theirs.wav"), FluidR3, temp.File("ours.mid")]).EnsureSuccess("fluidsynth");
        var theirs = WavFile.Read(temp.File("theirs.wav"));

        var expected = video.Flashes.Select(f => (long)Math.Round(f / fps * Rate)).ToArray();
        var ourOnsets = Onsets(ours, expected);
        var theirOnsets = Onsets(theirs, expected);
        log.WriteLine($"frames' samples {string.Join(", ", expected)}; ours {string.Join(", ", ourOnsets)}; fluidsynth -F {string.Join(", ", theirOnsets)}");

        // Silence before the first note; then every attack the same way after its frame's sample
        // (the drum sample's own lead-in before it crosses the threshold), so on that sample exactly.
        Assert.Equal(-1, Audio.FirstAbove(ours.Samples.AsSpan(0, (int)(expected[0] * 2)), 2, 1e-6f));
        var lead = ourOnsets[0] - expected[0];
        Assert.InRange(lead, 0, 128);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(lead, ourOnsets[i] - expected[i]);

            // fluidsynth -F: one block (64 frames, 1.33 ms) later, give or take 1 ms.
            Assert.InRange(theirOnsets[i] - ourOnsets[i], 64 - 48, 64 + 48);
        }
    }

    [ToolFact("ffmpeg", "ffprobe", "fluidsynth", "midicsv")]
    public void On_the_fireworks_sample_every_clear_attack_starts_on_its_frames_sample_by_fluidsynths_own_render()
    {
        // The bundled sample with its default mapping: notes overlap and ring on, so an attack is
        // found by matching the 25 ms after its frame's sample in our soundtrack against the
        // fluidsynth program's render of our MIDI file. That program times events in whole
        // milliseconds, rounded up, and starts a note one 64-frame block after the block in which
        // its clock (whole milliseconds, rounded down) reaches it: 64 frames after a frame on a whole
        // millisecond (every third frame at 30 fps), 128 after the others. So where ours starts on
        // the frame's sample, the match lies exactly there.
        using var temp = new TempDirectory();
        var run = CliRun.Process(temp.Path, "render", RepoPaths.SampleVideo("fireworks.mp4"), "-o", "ours.mid", "--audio", "ours.wav", "--soundfont", FluidR3, "--no-progress");
        Assert.True(run.ExitCode == 0, run.Error);
        ExternalTool.Run("fluidsynth", ["-ni", "-q", "-r", "48000", "-F", temp.File("theirs.wav"), FluidR3, temp.File("ours.mid")]).EnsureSuccess("fluidsynth");
        var ours = WavFile.Read(temp.File("ours.wav"));
        var theirs = WavFile.Read(temp.File("theirs.wav"));
        var midi = Midicsv.Read(temp.File("ours.mid"));
        Assert.Equal(15L * Rate, ours.Frames);

        var clear = 0;
        var starts = midi.Notes.Where(n => n.IsOn).Select(n => midi.Seconds(n.Tick)).Distinct().Order().ToArray();
        foreach (var seconds in starts)
        {
            var sample = (long)Math.Round(seconds * Rate);
            var expected = PeerSample(seconds) - sample;
            var (lag, match) = BestLag(ours, theirs, sample, 1200, 256);
            log.WriteLine($"{seconds:0.000} s (sample {sample}): fluidsynth -F {lag} frames later (expected {expected}), match {match:0.000}");
            if (match < 0.95)
            {
                // Another note's sound fills the window (each peer note moves by its own lag).
                continue;
            }

            clear++;
            Assert.InRange(lag, expected - 1, expected + 1);
        }

        Assert.True(clear >= 15, $"only {clear} of {starts.Length} attacks stood clear of other notes");
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void At_29_97_fps_each_note_starts_within_half_a_block_of_its_frames_sample()
    {
        using var temp = new TempDirectory();

        // The drum's lead-in before it crosses the threshold, from a video whose frames fall on blocks.
        using var aligned = new FlashVideo("30", [15], 1);
        Assert.Equal(0, CliRun.Process(temp.Path, "render", aligned.Path, "-m", aligned.Mapping, "-o", "aligned.mid", "--audio", "aligned.wav", "--soundfont", FluidR3, "--no-progress").ExitCode);
        var lead = WavFile.Read(temp.File("aligned.wav")).FirstAbove(Threshold) - (15 * Rate / 30);

        using var video = new FlashVideo("30000/1001", [16, 61, 107], 5);
        var run = CliRun.Process(temp.Path, "render", video.Path, "-m", video.Mapping, "-o", "ours.mid", "--audio", "ours.wav", "--soundfont", FluidR3, "--no-progress");
        Assert.True(run.ExitCode == 0, run.Error);

        var ours = WavFile.Read(temp.File("ours.wav"));
        var expected = video.Flashes.Select(f => (long)Math.Round(f * 1001.0 / 30000 * Rate)).ToArray();
        var onsets = Onsets(ours, expected);
        log.WriteLine($"frames' samples {string.Join(", ", expected)}; ours {string.Join(", ", onsets)}; the drum's lead-in {lead}");
        for (var i = 0; i < expected.Length; i++)
        {
            // The synthesizer starts notes on 64-frame blocks: the nearest block, ±32 frames (0.67 ms).
            Assert.InRange(onsets[i] - lead - expected[i], -32, 32);
        }

        // As long as the video: 150 frames of 1001/30000 s.
        Assert.Equal((long)Math.Round(150 * 1001.0 / 30000 * Rate), ours.Frames);
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("music.mp4", "aac")]
    [InlineData("music.mkv", "flac")]
    [InlineData("music.mov", "aac")]
    public void The_video_keeps_its_picture_bit_for_bit_with_the_soundtrack_first_and_its_own_audio_second(string name, string codec)
    {
        using var video = new FlashVideo("30", [15, 60, 105], 5, withAudio: true);
        using var temp = new TempDirectory();
        var run = CliRun.Process(temp.Path, "render", video.Path, "-m", video.Mapping, "-o", "ours.mid", "--video", name, "--soundfont", FluidR3, "--no-progress");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(temp.File("ours.mid")));
        Assert.Contains(run.OutputLines, l => l.StartsWith($"movie    {name}:", StringComparison.Ordinal));

        Assert.Equal(PictureMd5(video.Path), PictureMd5(temp.File(name)));
        var streams = ExternalTool.Run("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,codec_name", "-of", "csv=p=0", temp.File(name)]);
        Assert.Equal(["h264,video", $"{codec},audio", "aac,audio"], streams.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // The soundtrack's attacks are at the flashes' times (the encoder's delay is compensated by the container).
        ExternalTool.Ffmpeg("-i", temp.File(name), "-map", "0:a:0", "-ar", "48000", "-ac", "2", "-c:a", "pcm_s16le", temp.File("track.wav"));
        var track = WavFile.Read(temp.File("track.wav"));
        var expected = video.Flashes.Select(f => (long)Math.Round(f / 30.0 * Rate)).ToArray();
        var onsets = Onsets(track, expected, 1e-3f);
        log.WriteLine($"frames' samples {string.Join(", ", expected)}; decoded track {string.Join(", ", onsets)}");
        Assert.All(expected.Zip(onsets), p => Assert.InRange(p.Second - p.First, -240, 240));
        Assert.InRange(track.Frames, 5 * Rate - 1024, 5 * Rate + 1024);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Audio_and_video_together_render_the_soundtrack_once_into_both()
    {
        using var video = new FlashVideo("30", [15, 60], 3);
        using var temp = new TempDirectory();
        var run = CliRun.Process(temp.Path, "render", video.Path, "-m", video.Mapping, "-o", "ours.mid", "--audio", "ours.wav", "--video", "ours.mp4", "--soundfont", FluidR3, "--no-progress");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(3L * Rate, WavFile.Read(temp.File("ours.wav")).Frames);
        Assert.True(File.Exists(temp.File("ours.mp4")));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $"pix2midi-soundtrack-*"));
    }

    private static string PictureMd5(string video) =>
        ExternalTool.Run("ffmpeg", ["-v", "error", "-i", video, "-map", "0:v", "-c", "copy", "-f", "md5", "-"]).StandardOutput.Trim();

    /// <summary>Where the <c>fluidsynth</c> program's render of a MIDI file starts a note due at <paramref name="seconds"/> (see the fireworks test).</summary>
    private static long PeerSample(double seconds)
    {
        var due = (long)Math.Ceiling((seconds * 1000) - 1e-6);
        var block = (long)Math.Round(seconds * Rate) / 64;
        while (block * 64 * 1000 / Rate < due)
        {
            block++;
        }

        return (block + 1) * 64;
    }

    /// <summary>The lag (0 to <paramref name="most"/> frames) at which <paramref name="theirs"/> best matches <paramref name="ours"/>' first channel from <paramref name="from"/>, over <paramref name="length"/> frames, and the normalised match there.</summary>
    private static (int Lag, double Match) BestLag(WavFile ours, WavFile theirs, long from, int length, int most)
    {
        var best = (Lag: -1, Match: double.MinValue);
        for (var lag = 0; lag < most; lag++)
        {
            double dot = 0, a = 0, b = 0;
            for (var i = 0; i < length; i++)
            {
                var at = from + i;
                if (at + lag >= theirs.Frames || at >= ours.Frames)
                {
                    break;
                }

                double x = ours.Samples[at * ours.Channels], y = theirs.Samples[(at + lag) * theirs.Channels];
                (dot, a, b) = (dot + (x * y), a + (x * x), b + (y * y));
            }

            var match = a > 0 && b > 0 ? dot / Math.Sqrt(a * b) : 0;
            if (match > best.Match)
            {
                best = (lag, match);
            }
        }

        return best;
    }

    /// <summary>Each note's first sample above the threshold, searched from a little before its frame's sample.</summary>
    private static long[] Onsets(WavFile wav, long[] expected, float threshold = Threshold) =>
        [.. expected.Select(e => wav.FirstAbove(threshold, Math.Max(0, e - 2400)))];
}
