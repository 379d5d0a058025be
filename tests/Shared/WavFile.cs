using System.Buffers.Binary;
using System.Text;

namespace Pix2Midi.Testing;

/// <summary>A WAV file read back for checks: 16-bit PCM or 32-bit float, any channels, as floats (full scale 1).</summary>
public sealed record WavFile(int FormatTag, int Channels, int SampleRate, int BitsPerSample, float[] Samples)
{
    public long Frames => Samples.Length / Channels;

    public static WavFile Read(string path) => Parse(File.ReadAllBytes(path));

    public static WavFile Parse(ReadOnlySpan<byte> bytes)
    {
        if (Encoding.ASCII.GetString(bytes[..4]) != "RIFF" || Encoding.ASCII.GetString(bytes.Slice(8, 4)) != "WAVE")
        {
            throw new InvalidDataException("not a RIFF/WAVE file");
        }

        int tag = 0, channels = 0, rate = 0, bits = 0;
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var id = Encoding.ASCII.GetString(bytes.Slice(offset, 4));
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(offset + 4)..]);
            var data = bytes.Slice(offset + 8, Math.Min(size, bytes.Length - offset - 8));
            if (id == "fmt ")
            {
                tag = BinaryPrimitives.ReadUInt16LittleEndian(data);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(data[2..]);
                rate = (int)BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(data[14..]);
                if (tag == 0xFFFE)
                {
                    tag = BinaryPrimitives.ReadUInt16LittleEndian(data[24..]);
                }
            }
            else if (id == "data")
            {
                var samples = new float[data.Length / (bits / 8)];
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = bits == 16
                        ? BinaryPrimitives.ReadInt16LittleEndian(data[(2 * i)..]) / 32767f
                        : BinaryPrimitives.ReadSingleLittleEndian(data[(4 * i)..]);
                }

                return new WavFile(tag, channels, rate, bits, samples);
            }

            offset += 8 + size + (size & 1);
        }

        throw new InvalidDataException("no data chunk");
    }

    /// <summary>The first frame at or after <paramref name="from"/> where either channel's |sample| exceeds <paramref name="threshold"/>, or -1.</summary>
    public long FirstAbove(float threshold, long from = 0) => Audio.FirstAbove(Samples, Channels, threshold, from);
}
