using System.Globalization;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Smf;
using Pix2Midi.Synth.Offline;

namespace Pix2Midi.Synth.Tests.Offline;

/// <summary>
/// Where notes start in a rendered soundtrack. A voice's first sample is 0 (its attack starts
/// from silence), so a note that starts on frame T shows its first non-zero sample at T + 1.
/// Reverb and chorus are off, so silence is exactly 0.
/// </summary>
public sealed class SoundtrackTimingTests
{
    private const int Rate = 48000;
    private static readonly SynthOptions Dry = new() { Reverb = false, Chorus = false };

    [Fact]
    public void Notes_at_30_fps_frame_times_start_on_their_exact_samples()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        int[] frames = [3, 17, 40];
        var events = Notes(frames, n => TimeSpan.FromSeconds(n / 30.0));
        var duration = TimeSpan.FromSeconds(1.5);

        var (sink, result) = Render(font, events, duration);

        Assert.Equal(72000, sink.Format.TotalFrames);
        Assert.Equal(72000 * 2, sink.Samples.Length);
        Assert.Equal(0, result.LargestShiftFrames);
        Assert.Equal(frames.Select(n => (long)n * 1600), Onsets(sink.Samples, frames.Length, 1e-6f));
        Assert.All(sink.Samples.AsSpan(0, 3 * 1600 * 2).ToArray(), x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Notes_at_29_97_fps_frame_times_start_on_the_nearest_block_boundary_within_32_samples()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        int[] frames = [1, 5, 9, 13, 17, 30, 47, 52];
        var frameTime = (Func<int, TimeSpan>)(n => TimeSpan.FromTicks((long)Math.Round(n * 1001 * TimeSpan.TicksPerSecond / 30000.0)));
        var events = Notes(frames, frameTime);

        var (sink, result) = Render(font, events, TimeSpan.FromSeconds(2));

        var exact = frames.Select(n => SoundtrackRenderer.FrameOf(frameTime(n), Rate)).ToArray();
        var onsets = Onsets(sink.Samples, frames.Length, 1e-6f);
        Assert.Equal(exact.Select(SoundtrackRenderer.BoundaryOf), onsets);
        var shifts = onsets.Zip(exact, (onset, t) => onset - t).ToArray();
        Assert.All(shifts, s => Assert.InRange(s, -31, 32));
        Assert.Equal(shifts.Max(s => Math.Abs(s)), result.LargestShiftFrames);
        Assert.Contains(shifts, s => s != 0);
    }

    [ToolFact("fluidsynth")]
    public void The_fluidsynth_program_sounds_the_same_notes_64_or_128_samples_later()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        int[] frames = [3, 17, 40];
        var events = Notes(frames, n => TimeSpan.FromSeconds(n / 30.0));
        var duration = TimeSpan.FromSeconds(1.5);
        var ours = dir.File("ours.wav");
        using (var stream = File.Create(ours))
        {
            SoundtrackRenderer.RenderWav(font, events, duration, stream, new SoundtrackOptions { Synth = Dry });
        }

        var midi = dir.File("notes.mid");
        using (var stream = File.Create(midi))
        {
            SmfWriter.Write(stream, SmfTimeBase.Fine, events);
        }

        var theirs = dir.File("theirs.wav");
        ExternalTool.Run("fluidsynth", ["-ni", "-R", "0", "-C", "0", "-r", Rate.ToString(CultureInfo.InvariantCulture), "-F", theirs, font, midi])
            .EnsureSuccess("fluidsynth -F");

        // 16-bit on both sides, and fluidsynth dithers its silence by ±1 LSB: a 3 LSB threshold.
        var threshold = 3f / 32767;
        var ourWav = WavFile.Read(ours);
        var theirWav = WavFile.Read(theirs);
        Assert.Equal(72000, ourWav.Frames);
        var ourOnsets = Onsets(ourWav.Samples, frames.Length, threshold);
        var theirOnsets = Onsets(theirWav.Samples, frames.Length, threshold);
        // The same threshold on both sides: an attack's first few samples may be below it.
        Assert.All(ourOnsets.Zip(frames, (o, n) => o - (n * 1600L)), rise => Assert.InRange(rise, 0, 8));
        // fluidsynth's player fires an event in the first 64-frame block whose whole-millisecond clock
        // has reached it, and the note sounds from the block after: 64 samples late for a frame time
        // on a whole millisecond (frame 3 = 100 ms), 128 for the others (frame 17 = 566.67 ms).
        var later = theirOnsets.Zip(ourOnsets, (t, o) => t - o).ToList();
        var expected = frames.Select(n => n % 3 == 0 ? 64 : 128).ToList();
        Assert.True(
            later.Zip(expected, (d, e) => Math.Abs(d - e) <= 8).All(ok => ok),
            $"fluidsynth -F is later by {string.Join(", ", later)} samples; expected {string.Join(", ", expected)}");
    }

    private static (BufferSink Sink, SoundtrackResult Result) Render(string font, IReadOnlyList<NoteEvent> events, TimeSpan duration)
    {
        using var synth = Synthesizer.Create(font, Dry with { SampleRate = Rate });
        var sink = new BufferSink();
        var result = SoundtrackRenderer.Render(synth, events, duration, sink);
        Assert.True(sink.Completed);
        return (sink, result);
    }

    /// <summary>One short note (two frames of 30 fps) at each frame, each on its own key.</summary>
    private static List<NoteEvent> Notes(int[] frames, Func<int, TimeSpan> time) =>
        [.. frames.SelectMany((n, i) => new[]
        {
            NoteEvent.NoteOn(time(n), 0, 60 + i, 110),
            NoteEvent.NoteOff(time(n) + TimeSpan.FromSeconds(2 / 30.0), 0, 60 + i),
        }).OrderBy(e => e.Time)];

    /// <summary>The start frame of each of <paramref name="count"/> notes separated by silence: the frame before each first sample above the threshold.</summary>
    private static List<long> Onsets(float[] samples, int count, float threshold)
    {
        var onsets = new List<long>();
        long from = 0;
        for (var i = 0; i < count; i++)
        {
            var first = Audio.FirstAbove(samples, 2, threshold, from);
            Assert.True(first > 0, $"note {i + 1} of {count} was not found after frame {from}");
            onsets.Add(first - 1);
            // Skip past this note: find where it is silent again for a while.
            from = first;
            var quiet = 0;
            while (from * 2 < samples.Length && quiet < 480)
            {
                quiet = Math.Abs(samples[(int)from * 2]) <= threshold && Math.Abs(samples[((int)from * 2) + 1]) <= threshold ? quiet + 1 : 0;
                from++;
            }
        }

        return onsets;
    }
}
