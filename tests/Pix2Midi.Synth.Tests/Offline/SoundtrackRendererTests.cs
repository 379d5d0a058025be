using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Synth.Offline;
using Xunit.Abstractions;

namespace Pix2Midi.Synth.Tests.Offline;

public sealed class SoundtrackRendererTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1.2345, 48000, 59256)]
    [InlineData(10.0, 48000, 480000)]
    [InlineData(1001.0 / 30000.0 * 7, 44100, 10300)]
    [InlineData(0.0, 48000, 0)]
    public void The_soundtrack_lasts_exactly_the_videos_duration(double seconds, int rate, long frames)
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        var duration = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        using var stream = new MemoryStream();

        var result = SoundtrackRenderer.RenderWav(font, [NoteEvent.NoteOn(TimeSpan.Zero, 0, 69, 100)], duration, stream, new SoundtrackOptions { Synth = new SynthOptions { SampleRate = rate } });

        Assert.Equal(frames, result.Frames);
        Assert.Equal("square.sf2 (1 of 128 General MIDI programs, 1 drum kit)", result.SoundFont!.Description);
        var wav = WavFile.Parse(stream.ToArray());
        Assert.Equal(frames, wav.Frames);
        Assert.Equal(rate, wav.SampleRate);
    }

    [ToolFact("ffmpeg")]
    public void Raw_pcm_can_be_piped_into_ffmpeg()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        var encoded = dir.File("soundtrack.flac");
        var start = new ProcessStartInfo(ExternalTool.Find("ffmpeg") ?? "ffmpeg") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-hide_banner", "-loglevel", "error", "-y", "-f", "f32le", "-ar", "48000", "-ac", "2", "-i", "pipe:0", encoded })
        {
            start.ArgumentList.Add(argument);
        }

        SoundtrackResult result;
        using (var ffmpeg = Process.Start(start)!)
        {
            var errors = ffmpeg.StandardError.ReadToEndAsync();
            var sink = new PcmStreamSink(ffmpeg.StandardInput.BaseStream);
            result = SoundtrackRenderer.Render(font, [NoteEvent.NoteOn(TimeSpan.FromSeconds(0.1), 0, 69, 100)], TimeSpan.FromSeconds(1.5), sink);
            ffmpeg.StandardInput.Close();
            Assert.True(ffmpeg.WaitForExit(TimeSpan.FromSeconds(30)), "ffmpeg did not finish");
            Assert.True(ffmpeg.ExitCode == 0, errors.Result);
        }

        var decoded = dir.File("decoded.wav");
        ExternalTool.Ffmpeg("-i", encoded, "-c:a", "pcm_s16le", decoded);
        var wav = WavFile.Read(decoded);
        Assert.Equal(72000, result.Frames);
        Assert.Equal(72000, wav.Frames);
        Assert.Equal(4800, wav.FirstAbove(3f / 32767) - 1, tolerance: 8);
    }

    [Fact]
    public void Events_at_or_after_the_end_are_left_out_and_counted()
    {
        using var dir = new TempDirectory();
        using var synth = Synthesizer.Create(TestSoundFont.Write(dir.File("square.sf2")));
        NoteEvent[] events =
        [
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.NoteOff(TimeSpan.FromSeconds(1), 0, 60),
            NoteEvent.NoteOn(TimeSpan.FromSeconds(1), 0, 62, 100),
        ];

        var result = SoundtrackRenderer.Render(synth, events, TimeSpan.FromSeconds(1), new BufferSink());

        Assert.Equal((1, 2), (result.EventsApplied, result.EventsAfterEnd));
    }

    [Fact]
    public void Events_out_of_time_order_and_a_used_synthesizer_are_refused()
    {
        using var dir = new TempDirectory();
        using var synth = Synthesizer.Create(TestSoundFont.Write(dir.File("square.sf2")));
        NoteEvent[] backwards = [NoteEvent.NoteOn(TimeSpan.FromSeconds(1), 0, 60, 100), NoteEvent.NoteOff(TimeSpan.Zero, 0, 60)];

        Assert.Throws<ArgumentException>(() => SoundtrackRenderer.Render(synth, backwards, TimeSpan.FromSeconds(2), new BufferSink()));
        synth.Render(new float[128]);
        Assert.Throws<InvalidOperationException>(() => SoundtrackRenderer.Render(synth, [], TimeSpan.FromSeconds(2), new BufferSink()));
    }

    [Fact]
    public void Frames_and_boundaries_round_to_the_nearest()
    {
        Assert.Equal(1602, SoundtrackRenderer.FrameOf(TimeSpan.FromTicks(333_667), 48000));
        Assert.Equal(0, SoundtrackRenderer.FrameOf(TimeSpan.FromSeconds(-1), 48000));
        Assert.Equal(1600, SoundtrackRenderer.BoundaryOf(1602));
        Assert.Equal(1600, SoundtrackRenderer.BoundaryOf(1631));
        Assert.Equal(1664, SoundtrackRenderer.BoundaryOf(1632));
        Assert.Equal(0, SoundtrackRenderer.BoundaryOf(31));
    }

    [ToolFact("fluidsynth")]
    public void Twenty_seconds_of_a_few_hundred_notes_render_well_under_a_second_and_allocate_nothing_per_block()
    {
        using var synth = Synthesizer.Create(FluidR3.Require());
        var events = Busy(TimeSpan.FromSeconds(20));
        Assert.InRange(events.Count(e => e.Kind == NoteEventKind.NoteOn), 300, 600);
        using (var warm = Synthesizer.Create(new SynthOptions()))
        {
            SoundtrackRenderer.Render(warm, [], TimeSpan.FromSeconds(0.1), new WavWriter(Stream.Null));
        }

        var cpuBefore = ThreadCpuTime.Now();
        var clock = Stopwatch.StartNew();
        var result = SoundtrackRenderer.Render(synth, events, TimeSpan.FromSeconds(20), new WavWriter(Stream.Null));
        var elapsed = clock.Elapsed;
        var cpu = ThreadCpuTime.Now() - cpuBefore ?? elapsed;

        output.WriteLine($"20 s, {result.EventsApplied} events: {cpu.TotalMilliseconds:0} ms of CPU ({elapsed.TotalMilliseconds:0} ms wall), peak {result.Peak:0.000}, {result.SamplesOverFullScale} samples over full scale");
        Assert.Equal(960000, result.Frames);
        // Rendering runs on this thread (synth.cpu-cores 1): its CPU time is the cost, whatever else the machine runs.
        Assert.True(cpu < TimeSpan.FromSeconds(1), $"took {cpu.TotalMilliseconds:0} ms of CPU");
        Assert.Equal(0, result.SamplesOverFullScale);
    }

    [Fact]
    public void A_long_render_allocates_no_more_than_a_short_one()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        var events = Busy(TimeSpan.FromSeconds(20));
        var shortEvents = events.Where(e => e.Time < TimeSpan.FromSeconds(2)).ToList();
        Allocated(font, shortEvents, TimeSpan.FromSeconds(2));

        var shortRender = Allocated(font, shortEvents, TimeSpan.FromSeconds(2));
        var longRender = Allocated(font, events, TimeSpan.FromSeconds(20));

        output.WriteLine($"2 s: {shortRender} bytes, 20 s: {longRender} bytes");
        // The buffers of one render; nothing that grows with blocks or events.
        Assert.InRange(longRender - shortRender, -256, 256);
    }

    private static long Allocated(string font, List<NoteEvent> events, TimeSpan duration)
    {
        using var synth = Synthesizer.Create(font);
        var sink = new WavWriter(Stream.Null);
        var before = GC.GetAllocatedBytesForCurrentThread();
        SoundtrackRenderer.Render(synth, events, duration, sink);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Chords, a bass line and drums at 30 fps frame times on four channels.</summary>
    private static List<NoteEvent> Busy(TimeSpan length)
    {
        var events = new List<NoteEvent>
        {
            NoteEvent.ProgramChange(TimeSpan.Zero, 0, 0),
            NoteEvent.ProgramChange(TimeSpan.Zero, 1, 48),
            NoteEvent.ProgramChange(TimeSpan.Zero, 2, 33),
        };
        var frame = TimeSpan.FromSeconds(1 / 30.0);
        var frames = (int)(length / frame);
        for (var n = 0; n + 8 < frames; n += 8)
        {
            var at = n * frame;
            var off = (n + 7) * frame;
            foreach (var key in new[] { 60, 64, 67 })
            {
                events.Add(NoteEvent.NoteOn(at, 0, key + (n % 24 / 8), 90));
                events.Add(NoteEvent.NoteOff(off, 0, key + (n % 24 / 8)));
            }

            events.Add(NoteEvent.NoteOn(at, 1, 72, 70));
            events.Add(NoteEvent.NoteOff(off, 1, 72));
            events.Add(NoteEvent.NoteOn(at, 2, 36 + (n % 5), 100));
            events.Add(NoteEvent.NoteOff(off, 2, 36 + (n % 5)));
            events.Add(NoteEvent.NoteOn(at, 9, n % 16 == 0 ? 36 : 38, 110));
            events.Add(NoteEvent.NoteOff(at + frame, 9, n % 16 == 0 ? 36 : 38));
            events.Add(NoteEvent.NoteOn(at + (4 * frame), 9, 42, 80));
            events.Add(NoteEvent.NoteOff(at + (5 * frame), 9, 42));
        }

        return [.. events.OrderBy(e => e.Time)];
    }
}
