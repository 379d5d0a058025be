namespace Pix2Midi.Synth.Offline;

/// <summary>How a soundtrack is rendered.</summary>
public sealed record SoundtrackOptions
{
    /// <summary>The defaults: 48 kHz, the synthesizer's defaults, 16-bit PCM.</summary>
    public static SoundtrackOptions Default { get; } = new();

    /// <summary>The synthesizer's setup, sample rate included (48000 by default).</summary>
    public SynthOptions Synth { get; init; } = SynthOptions.Default;

    /// <summary>How samples are stored: 16-bit (limited at full scale) by default, or 32-bit float.</summary>
    public PcmSampleFormat SampleFormat { get; init; } = PcmSampleFormat.Int16;
}
