using System.Buffers.Binary;

namespace Pix2Midi.Synth.Offline;

/// <summary>Turns float samples into little-endian PCM bytes through one reused buffer, and keeps the peak and the samples limited.</summary>
/// <remarks>
/// 16-bit samples are <c>round(x × 32767)</c>, with values beyond ±1 held at full scale, never
/// wrapped; no dither, so the same input always gives the same bytes.
/// </remarks>
public sealed class PcmEncoder
{
    private const int ChunkSamples = 8192;

    private readonly byte[] _buffer;

    /// <summary>Creates an encoder for <paramref name="format"/>.</summary>
    public PcmEncoder(PcmSampleFormat format)
    {
        Format = format;
        _buffer = new byte[ChunkSamples * BytesPerSample];
    }

    /// <summary>The sample format written.</summary>
    public PcmSampleFormat Format { get; }

    /// <summary>Bytes per sample: 2 or 4.</summary>
    public int BytesPerSample => Format == PcmSampleFormat.Int16 ? 2 : 4;

    /// <summary>The largest |sample| seen, before limiting (1 is full scale).</summary>
    public float Peak { get; private set; }

    /// <summary>Samples that were beyond full scale and were limited to it (16-bit only).</summary>
    public long ClippedSamples { get; private set; }

    /// <summary>Encodes <paramref name="samples"/> and writes them to <paramref name="output"/>; allocation-free.</summary>
    public void Write(Stream output, ReadOnlySpan<float> samples)
    {
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, ChunkSamples);
            var chunk = samples[..count];
            var bytes = _buffer.AsSpan(0, count * BytesPerSample);
            var peak = Peak;
            if (Format == PcmSampleFormat.Int16)
            {
                var clipped = 0;
                for (var i = 0; i < chunk.Length; i++)
                {
                    var x = chunk[i];
                    var magnitude = Math.Abs(x);
                    if (magnitude > peak)
                    {
                        peak = magnitude;
                    }

                    if (magnitude > 1f)
                    {
                        clipped++;
                        x = x > 0 ? 1f : -1f;
                    }

                    BinaryPrimitives.WriteInt16LittleEndian(bytes[(2 * i)..], (short)MathF.Round(x * short.MaxValue));
                }

                ClippedSamples += clipped;
            }
            else
            {
                for (var i = 0; i < chunk.Length; i++)
                {
                    var magnitude = Math.Abs(chunk[i]);
                    if (magnitude > peak)
                    {
                        peak = magnitude;
                    }

                    BinaryPrimitives.WriteSingleLittleEndian(bytes[(4 * i)..], chunk[i]);
                }
            }

            Peak = peak;
            output.Write(bytes);
            samples = samples[count..];
        }
    }
}
