namespace Pix2Midi.Synth.Offline;

/// <summary>
/// Writes bare interleaved little-endian PCM (no header) to a stream the caller owns: the input of
/// a program such as ffmpeg (<c>-f s16le</c> or <c>-f f32le</c>, <c>-ar RATE -ac 2 -i pipe:0</c>).
/// </summary>
/// <remarks>The stream is left open; <see cref="Write"/> allocates nothing.</remarks>
public sealed class PcmStreamSink : IAudioSink
{
    private readonly Stream _output;
    private readonly PcmEncoder _encoder;

    /// <summary>Creates a sink writing to <paramref name="output"/>.</summary>
    public PcmStreamSink(Stream output, PcmSampleFormat sampleFormat = PcmSampleFormat.Float32)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _encoder = new PcmEncoder(sampleFormat);
    }

    /// <summary>ffmpeg's name for the format written: <c>s16le</c> or <c>f32le</c>.</summary>
    public string FfmpegFormat => _encoder.Format == PcmSampleFormat.Int16 ? "s16le" : "f32le";

    /// <summary>The format announced by <see cref="Begin"/>.</summary>
    public AudioFormat Format { get; private set; }

    /// <summary>The largest |sample| written, before limiting.</summary>
    public float Peak => _encoder.Peak;

    /// <summary>Samples limited to full scale (16-bit only).</summary>
    public long ClippedSamples => _encoder.ClippedSamples;

    /// <inheritdoc />
    public void Begin(AudioFormat format) => Format = format;

    /// <inheritdoc />
    public void Write(ReadOnlySpan<float> interleaved) => _encoder.Write(_output, interleaved);

    /// <inheritdoc />
    public void Complete() => _output.Flush();
}
