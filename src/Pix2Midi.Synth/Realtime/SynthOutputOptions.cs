namespace Pix2Midi.Synth.Realtime;

/// <summary>How a <see cref="SynthOutput"/> is opened.</summary>
/// <param name="SoundFontPath">The SoundFont to play.</param>
public sealed record SynthOutputOptions(string SoundFontPath)
{
    /// <summary>The audio driver: <c>jack</c>, <c>pulseaudio</c>, <c>pipewire</c>, <c>alsa</c>, <c>coreaudio</c>, <c>wasapi</c>, <c>dsound</c>, <c>oss</c>, <c>sdl2</c>…; null for FluidSynth's default on this OS.</summary>
    public string? Driver { get; init; }

    /// <summary>The JACK client name (its ports are <c>NAME:left</c> and <c>NAME:right</c>); "pix2midi" by default.</summary>
    public string JackClientName { get; init; } = "pix2midi";

    /// <summary>The JACK server to join, as started with <c>jackd -n</c>; null for the default one.</summary>
    public string? JackServer { get; init; }

    /// <summary>Whether JACK's ports are connected to the sound card's playback ports (<c>system:playback_1/2</c>); on by default.</summary>
    public bool JackAutoConnect { get; init; } = true;

    /// <summary>
    /// Frames per driver period (<c>audio.period-size</c>, 64–8192); null for FluidSynth's default
    /// (64 on Linux and macOS, 512 on Windows). JACK ignores it: its server's period applies.
    /// </summary>
    public int? PeriodFrames { get; init; }

    /// <summary>Periods in the driver's buffer (<c>audio.periods</c>, 2–64); null for FluidSynth's default (16, 8 on Windows). Latency is about periods × period frames.</summary>
    public int? Periods { get; init; }

    /// <summary>The synthesizer's setup (a JACK server's sample rate wins over this one's).</summary>
    public SynthOptions Synth { get; init; } = SynthOptions.Default;
}
