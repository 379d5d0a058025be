using Pix2Midi.Synth.SoundFonts;

namespace Pix2Midi.Synth.Offline;

/// <summary>What a soundtrack render produced.</summary>
/// <param name="Frames">Frames written: <c>round(duration × rate)</c>, exactly.</param>
/// <param name="SampleRate">Frames per second.</param>
/// <param name="EventsApplied">Events played.</param>
/// <param name="EventsAfterEnd">Events at or after the end, left out (they could not sound).</param>
/// <param name="LargestShiftFrames">The largest distance, in frames, between an event's exact frame and the block boundary it sounded on (0 when every event fell on a boundary; at most 32).</param>
/// <param name="Peak">The largest |sample| rendered (1 is full scale).</param>
/// <param name="SamplesOverFullScale">Samples beyond ±1: limited to full scale in 16-bit output.</param>
/// <param name="RefusedNoteOns">Note-ons FluidSynth could not play (no preset for that channel's program).</param>
/// <param name="SoundFont">The font it was played with (its description, its presets), or null for a synthesizer without one.</param>
public sealed record SoundtrackResult(long Frames, int SampleRate, int EventsApplied, int EventsAfterEnd, int LargestShiftFrames, float Peak, long SamplesOverFullScale, long RefusedNoteOns, LoadedSoundFont? SoundFont)
{
    /// <summary>How long the soundtrack lasts.</summary>
    public TimeSpan Duration => TimeSpan.FromTicks((long)Math.Round(Frames * (double)TimeSpan.TicksPerSecond / SampleRate));
}
