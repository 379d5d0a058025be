using Pix2Midi.Core.Events;

namespace Pix2Midi.Synth.Offline;

/// <summary>
/// Renders a video's note events to its soundtrack, faster than real time, each event on the
/// sample of its frame time wherever FluidSynth's blocks allow.
/// </summary>
/// <remarks>
/// <para>
/// The synthesizer is driven by hand, block by block: for each event, the frames up to its
/// block boundary are rendered, then the event is applied, so it sounds from that boundary.
/// An event's exact frame is <c>T = round(time × rate)</c>; it is applied after
/// <c>B = round(T / 64) × 64</c> frames (halves round up), FluidSynth's 64-frame block being the
/// finest step its API allows. So:
/// </para>
/// <list type="bullet">
/// <item>an event whose <c>T</c> is a multiple of 64 sounds exactly on <c>T</c>: every frame time of
/// 25, 30 and 50 fps video at 48 kHz is one (1920, 1600 and 960 frames apart);</item>
/// <item>any other event sounds within −31…+32 frames of <c>T</c> (≤ 0.67 ms at 48 kHz), e.g. the
/// frame times of 29.97 fps video, three frames in four of 24 fps (2000 frames apart: shifts 0, −16, +32, +16)
/// and every other frame of 60 fps (800 apart: 0, +32); <see cref="SoundtrackResult.LargestShiftFrames"/> tells the
/// largest shift of a render. Rounding to the nearest boundary halves the error of applying
/// at the next one (0…+63); running one synthesizer per phase would be exact but costs a font
/// load per phase.</item>
/// </list>
/// <para>
/// For comparison, <c>fluidsynth -F</c> with a MIDI file of the same events sounds each 64–127
/// frames late (its player runs on a millisecond clock and fires into the next block).
/// </para>
/// <para>
/// The output lasts exactly <c>round(duration × rate)</c> frames, with no tail: notes still
/// sounding at the end are released by the note-offs the caller gives. Events in the list must be
/// in time order (equal times keep their order: a note-off before a repeated note-on).
/// Rendering allocates one buffer per call and nothing per block.
/// </para>
/// </remarks>
public static class SoundtrackRenderer
{
    /// <summary>The sample rate soundtracks are made at unless told otherwise.</summary>
    public const int DefaultSampleRate = 48000;

    /// <summary>Frames rendered per call into FluidSynth between events.</summary>
    private const int ChunkFrames = 4096;

    private const int Channels = 2;

    /// <summary>The exact frame of <paramref name="time"/>: <c>round(time × rate)</c>, halves up; negative times are frame 0.</summary>
    public static long FrameOf(TimeSpan time, int sampleRate)
    {
        if (time <= TimeSpan.Zero)
        {
            return 0;
        }

        // Exact integer arithmetic: ticks × rate stays far below 2^63 for any video length.
        var scaled = (Int128)time.Ticks * sampleRate;
        return (long)((scaled + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond);
    }

    /// <summary>The block boundary an event of exact frame <paramref name="frame"/> sounds on: the nearest multiple of 64, halves up.</summary>
    public static long BoundaryOf(long frame) => (frame + (Synthesizer.BlockFrames / 2)) / Synthesizer.BlockFrames * Synthesizer.BlockFrames;

    /// <summary>Renders <paramref name="events"/> with a fresh synthesizer into <paramref name="sink"/>.</summary>
    /// <param name="synth">A synthesizer with its font loaded that has rendered nothing yet; it is left at the end of the soundtrack.</param>
    /// <param name="events">The events, in time order.</param>
    /// <param name="duration">The video's length: the output lasts exactly this long.</param>
    /// <param name="sink">Where the audio goes; told <see cref="AudioFormat"/> first.</param>
    /// <exception cref="ArgumentException">The events are not in time order, or the duration is negative.</exception>
    /// <exception cref="InvalidOperationException">The synthesizer has rendered already.</exception>
    public static SoundtrackResult Render(Synthesizer synth, IReadOnlyList<NoteEvent> events, TimeSpan duration, IAudioSink sink)
    {
        ArgumentNullException.ThrowIfNull(synth);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (synth.FramesRendered != 0)
        {
            throw new InvalidOperationException("The synthesizer has rendered audio already: a soundtrack's block grid starts at frame 0.");
        }

        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].Time < events[i - 1].Time)
            {
                throw new ArgumentException($"The events are not in time order: event {i} at {events[i].Time} comes after one at {events[i - 1].Time}.", nameof(events));
            }
        }

        var rate = synth.SampleRate;
        var total = FrameOf(duration, rate);
        var refusedBefore = synth.RefusedNoteOns;
        var state = new RenderState(synth, sink, new float[ChunkFrames * Channels]);
        sink.Begin(new AudioFormat(rate, Channels, total));
        var applied = 0;
        var afterEnd = 0;
        long largestShift = 0;
        foreach (var e in events)
        {
            var frame = FrameOf(e.Time, rate);
            if (frame >= total)
            {
                afterEnd++;
                continue;
            }

            var boundary = Math.Min(BoundaryOf(frame), total);
            state.RenderTo(boundary);
            synth.Apply(e);
            applied++;
            largestShift = Math.Max(largestShift, Math.Abs(boundary - frame));
        }

        state.RenderTo(total);
        sink.Complete();
        return new SoundtrackResult(total, rate, applied, afterEnd, (int)largestShift, state.Peak, state.OverFullScale, synth.RefusedNoteOns - refusedBefore, synth.SoundFont);
    }

    /// <summary>Loads <paramref name="soundFontPath"/>, renders <paramref name="events"/> and writes a WAV file to <paramref name="output"/>.</summary>
    /// <param name="soundFontPath">The SoundFont.</param>
    /// <param name="events">The events, in time order.</param>
    /// <param name="duration">The video's length.</param>
    /// <param name="output">Where the WAV goes; left open (the caller writes a temporary file and renames it).</param>
    /// <param name="options">Sample rate, synthesizer and sample format; <see cref="SoundtrackOptions.Default"/> when null.</param>
    /// <exception cref="SynthException">FluidSynth is missing or the font cannot be used.</exception>
    public static SoundtrackResult RenderWav(string soundFontPath, IReadOnlyList<NoteEvent> events, TimeSpan duration, Stream output, SoundtrackOptions? options = null)
    {
        options ??= SoundtrackOptions.Default;
        return Render(soundFontPath, events, duration, new WavWriter(output, options.SampleFormat), options.Synth);
    }

    /// <summary>Loads <paramref name="soundFontPath"/> into a new synthesizer and renders <paramref name="events"/> into <paramref name="sink"/> (a <see cref="PcmStreamSink"/> to pipe into ffmpeg, say).</summary>
    /// <param name="soundFontPath">The SoundFont.</param>
    /// <param name="events">The events, in time order.</param>
    /// <param name="duration">The video's length.</param>
    /// <param name="sink">Where the audio goes.</param>
    /// <param name="options">The synthesizer's setup, sample rate included; <see cref="SynthOptions.Default"/> when null.</param>
    /// <exception cref="SynthException">FluidSynth is missing or the font cannot be used.</exception>
    public static SoundtrackResult Render(string soundFontPath, IReadOnlyList<NoteEvent> events, TimeSpan duration, IAudioSink sink, SynthOptions? options = null)
    {
        using var synth = Synthesizer.Create(soundFontPath, options);
        return Render(synth, events, duration, sink);
    }

    /// <summary>The render loop's state: what has been rendered, the reused buffer, the peak.</summary>
    private sealed class RenderState(Synthesizer synth, IAudioSink sink, float[] buffer)
    {
        public long Rendered { get; private set; }

        public float Peak { get; private set; }

        public long OverFullScale { get; private set; }

        public void RenderTo(long frame)
        {
            while (Rendered < frame)
            {
                var frames = (int)Math.Min(frame - Rendered, ChunkFrames);
                var block = buffer.AsSpan(0, frames * Channels);
                synth.Render(block);
                Measure(block);
                sink.Write(block);
                Rendered += frames;
            }
        }

        private void Measure(ReadOnlySpan<float> block)
        {
            var peak = Peak;
            long over = 0;
            foreach (var x in block)
            {
                var magnitude = Math.Abs(x);
                if (magnitude > peak)
                {
                    peak = magnitude;
                }

                if (magnitude > 1f)
                {
                    over++;
                }
            }

            Peak = peak;
            OverFullScale += over;
        }
    }
}
