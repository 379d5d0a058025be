namespace Pix2Midi.Synth;

/// <summary>How a <see cref="Synthesizer"/> is set up; every value is fixed when it is created.</summary>
public sealed record SynthOptions
{
    /// <summary>The defaults: 48 kHz, gain 0.2, reverb on, chorus on at level 0.5.</summary>
    public static SynthOptions Default { get; } = new();

    /// <summary>Frames per second, 8000–96000; 48000 by default (every frame time of 25, 30 and 50 fps video falls on a 64-frame block boundary there).</summary>
    /// <remarks>A real-time driver may run at its server's rate instead (JACK does).</remarks>
    public int SampleRate { get; init; } = 48000;

    /// <summary>
    /// The master gain, 0–10; 0.2 by default, FluidSynth's own, which keeps 16 notes of ordinary
    /// General MIDI instruments at velocity 127 (spread chords) under full scale with FluidR3.
    /// </summary>
    public double Gain { get; init; } = 0.2;

    /// <summary>Whether reverb is mixed in.</summary>
    public bool Reverb { get; init; } = true;

    /// <summary>Whether chorus is mixed in.</summary>
    public bool Chorus { get; init; } = true;

    /// <summary>
    /// The chorus level, 0–10; 0.5 by default instead of FluidSynth's 2, whose chorus adds up to
    /// 17 dB to presets with a large chorus send (FluidR3's synth leads) and makes them clip.
    /// </summary>
    /// <remarks>
    /// Measured with FluidR3 at gain 0.2, 16 notes at velocity 127 three semitones apart, peak of
    /// the first 3 s: "Saw Wave" (81) 2.48 at level 2, 1.34 at 1, 0.80 at 0.5; piano, church organ
    /// and strings 0.40, 0.58 and 0.43 at every level.
    /// </remarks>
    public double ChorusLevel { get; init; } = 0.5;

    /// <summary>How many voices may sound at once (1–65535); 256 by default.</summary>
    public int Polyphony { get; init; } = 256;
}
