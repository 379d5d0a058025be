namespace Pix2Midi.Synth.Offline;

/// <summary>How samples are stored in a WAV file or a raw PCM stream (little-endian).</summary>
public enum PcmSampleFormat
{
    /// <summary>16-bit signed integers: what every tool reads. Samples beyond ±1 are limited to full scale (counted in <see cref="PcmEncoder.ClippedSamples"/>).</summary>
    Int16,

    /// <summary>32-bit IEEE floats: nothing is limited, for further mixing (ffmpeg's <c>f32le</c>).</summary>
    Float32,
}
