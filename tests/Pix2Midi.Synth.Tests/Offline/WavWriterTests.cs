using System.Buffers.Binary;
using Pix2Midi.Synth.Offline;

namespace Pix2Midi.Synth.Tests.Offline;

public sealed class WavWriterTests
{
    [Fact]
    public void Sixteen_bit_samples_are_rounded_and_loud_ones_held_at_full_scale_never_wrapped()
    {
        using var stream = new MemoryStream();
        var writer = new WavWriter(stream);

        writer.Begin(new AudioFormat(48000, 2, 3));
        writer.Write([0.5f, -0.5f, 2f, -3f, 1f, 0f]);
        writer.Complete();

        var bytes = stream.ToArray();
        Assert.Equal(44 + 12, bytes.Length);
        var wav = WavFile.Parse(bytes);
        Assert.Equal((1, 2, 48000, 16), (wav.FormatTag, wav.Channels, wav.SampleRate, wav.BitsPerSample));
        short[] samples = [.. Enumerable.Range(0, 6).Select(i => BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(44 + (2 * i))))];
        Assert.Equal([16384, -16384, 32767, -32767, 32767, 0], samples);
        Assert.Equal(2, writer.ClippedSamples);
        Assert.Equal(3f, writer.Peak);
        Assert.Equal((uint)(bytes.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
    }

    [Fact]
    public void Float_samples_are_kept_as_they_are_with_a_fact_chunk()
    {
        using var stream = new MemoryStream();
        var writer = new WavWriter(stream, PcmSampleFormat.Float32);

        writer.Begin(new AudioFormat(44100, 2, 2));
        writer.Write([0.25f, -2.5f, 1f, 0f]);
        writer.Complete();

        var bytes = stream.ToArray();
        Assert.Equal(58 + 16, bytes.Length);
        Assert.Equal("fact"u8.ToArray(), bytes[38..42]);
        var wav = WavFile.Parse(bytes);
        Assert.Equal((3, 2, 44100, 32), (wav.FormatTag, wav.Channels, wav.SampleRate, wav.BitsPerSample));
        Assert.Equal([0.25f, -2.5f, 1f, 0f], wav.Samples);
        Assert.Equal(0, writer.ClippedSamples);
    }

    [Fact]
    public void Fewer_frames_than_announced_is_an_error_not_a_lying_header()
    {
        var writer = new WavWriter(new MemoryStream());
        writer.Begin(new AudioFormat(48000, 2, 10));
        writer.Write(new float[4]);

        Assert.Throws<InvalidOperationException>(writer.Complete);
        Assert.Throws<InvalidOperationException>(() => writer.Write(new float[18]));
    }

    [Fact]
    public void Raw_pcm_for_ffmpeg_has_no_header()
    {
        using var stream = new MemoryStream();
        var sink = new PcmStreamSink(stream);

        sink.Begin(new AudioFormat(48000, 2, 2));
        sink.Write([0.25f, -0.25f, 0.5f, -0.5f]);
        sink.Complete();

        Assert.Equal("f32le", sink.FfmpegFormat);
        Assert.Equal(16, stream.Length);
        Assert.Equal(0.25f, BinaryPrimitives.ReadSingleLittleEndian(stream.ToArray()));
        Assert.Equal("s16le", new PcmStreamSink(stream, PcmSampleFormat.Int16).FfmpegFormat);
    }
}
