using System.Buffers.Binary;
using System.Globalization;

namespace Pix2Midi.Synth.Offline;

/// <summary>Writes audio as a RIFF/WAVE file to a stream the caller owns (and renames into place).</summary>
/// <remarks>
/// <para>
/// The header is written first, with the sizes <see cref="AudioFormat.TotalFrames"/> gives, so the
/// stream need not seek (a pipe will do). 16-bit PCM (format tag 1) by default; 32-bit float is
/// format tag 3 with the <c>fact</c> chunk its specification asks for.
/// </para>
/// <para>The stream is left open. <see cref="Write"/> allocates nothing.</para>
/// </remarks>
public sealed class WavWriter : IAudioSink
{
    private readonly Stream _output;
    private readonly PcmEncoder _encoder;
    private AudioFormat _format;
    private long _samplesWritten;
    private bool _begun;

    /// <summary>Creates a writer to <paramref name="output"/>.</summary>
    public WavWriter(Stream output, PcmSampleFormat sampleFormat = PcmSampleFormat.Int16)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _encoder = new PcmEncoder(sampleFormat);
    }

    /// <summary>The largest |sample| written, before limiting.</summary>
    public float Peak => _encoder.Peak;

    /// <summary>Samples limited to full scale (16-bit only).</summary>
    public long ClippedSamples => _encoder.ClippedSamples;

    /// <summary>The size of the header written before the samples, in bytes.</summary>
    public int HeaderLength => _encoder.Format == PcmSampleFormat.Int16 ? 44 : 58;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The audio would not fit in a WAV file (4 GiB).</exception>
    public void Begin(AudioFormat format)
    {
        if (_begun)
        {
            throw new InvalidOperationException("Begin was called already.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(format.SampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(format.Channels);
        ArgumentOutOfRangeException.ThrowIfNegative(format.TotalFrames);
        var dataLength = format.TotalFrames * format.Channels * _encoder.BytesPerSample;
        if (dataLength + HeaderLength > uint.MaxValue)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{format.Duration} of audio does not fit in a WAV file (4 GiB at most)."), nameof(format));
        }

        _format = format;
        _begun = true;
        Span<byte> header = stackalloc byte[HeaderLength];
        WriteHeader(header, format, dataLength);
        _output.Write(header);
    }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<float> interleaved)
    {
        if (!_begun)
        {
            throw new InvalidOperationException("Begin must come first.");
        }

        if (_samplesWritten + interleaved.Length > _format.TotalFrames * _format.Channels)
        {
            throw new InvalidOperationException("More samples were written than Begin announced.");
        }

        _encoder.Write(_output, interleaved);
        _samplesWritten += interleaved.Length;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">Fewer frames came than announced (the header would lie).</exception>
    public void Complete()
    {
        if (_samplesWritten != _format.TotalFrames * _format.Channels)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{_samplesWritten / Math.Max(1, _format.Channels)} frames were written, and the header says {_format.TotalFrames}."));
        }

        _output.Flush();
    }

    private void WriteHeader(Span<byte> header, AudioFormat format, long dataLength)
    {
        var isFloat = _encoder.Format == PcmSampleFormat.Float32;
        var blockAlign = format.Channels * _encoder.BytesPerSample;
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)(HeaderLength - 8 + dataLength));
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], isFloat ? 18u : 16u);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], (ushort)(isFloat ? 3 : 1));
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)format.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)format.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(format.SampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], (ushort)(8 * _encoder.BytesPerSample));
        var next = header[36..];
        if (isFloat)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(next, 0);
            "fact"u8.CopyTo(next[2..]);
            BinaryPrimitives.WriteUInt32LittleEndian(next[6..], 4);
            BinaryPrimitives.WriteUInt32LittleEndian(next[10..], (uint)format.TotalFrames);
            next = next[14..];
        }

        "data"u8.CopyTo(next);
        BinaryPrimitives.WriteUInt32LittleEndian(next[4..], (uint)dataLength);
    }
}
