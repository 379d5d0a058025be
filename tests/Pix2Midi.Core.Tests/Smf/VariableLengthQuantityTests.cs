using System.Buffers;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Smf;

public class VariableLengthQuantityTests
{
    public static TheoryData<int, string> KnownEncodings => new()
    {
        { 0, "00" },
        { 0x40, "40" },
        { 0x7F, "7F" },
        { 0x80, "81 00" },
        { 0x2000, "C0 00" },
        { 0x3FFF, "FF 7F" },
        { 0x4000, "81 80 00" },
        { 0x1FFFFF, "FF FF 7F" },
        { 0x200000, "81 80 80 00" },
        { 0x08000000, "C0 80 80 00" },
        { 0x0FFFFFFF, "FF FF FF 7F" },
    };

    [Theory]
    [MemberData(nameof(KnownEncodings))]
    public void Writes_the_known_encoding_into_a_span(int value, string expected)
    {
        var buffer = new byte[8];

        var written = VariableLengthQuantity.Write(value, buffer);

        Assert.Equal(Hex.Format(Hex.Bytes(expected)), Hex.Format(buffer.AsSpan(0, written)));
        Assert.Equal(written, VariableLengthQuantity.GetByteCount(value));
    }

    [Theory]
    [MemberData(nameof(KnownEncodings))]
    public void Writes_the_known_encoding_to_a_buffer_writer_and_a_stream(int value, string expected)
    {
        var writer = new ArrayBufferWriter<byte>();
        using var stream = new MemoryStream();

        var toWriter = VariableLengthQuantity.Write(value, writer);
        var toStream = VariableLengthQuantity.Write(value, stream);

        Assert.Equal(Hex.Format(Hex.Bytes(expected)), Hex.Format(writer.WrittenSpan));
        Assert.Equal(Hex.Format(Hex.Bytes(expected)), Hex.Format(stream.ToArray()));
        Assert.Equal(writer.WrittenCount, toWriter);
        Assert.Equal(stream.Length, toStream);
    }

    [Theory]
    [MemberData(nameof(KnownEncodings))]
    public void Reads_the_known_encoding_back(int expected, string encoding)
    {
        var bytes = Hex.Bytes(encoding + " 55 AA");

        var read = VariableLengthQuantity.Read(bytes, out var value);
        var status = VariableLengthQuantity.TryRead(bytes, out var tried, out var consumed);
        using var stream = new MemoryStream(bytes);
        var fromStream = VariableLengthQuantity.Read(stream);

        Assert.Equal(expected, value);
        Assert.Equal(bytes.Length - 2, read);
        Assert.Equal(OperationStatus.Done, status);
        Assert.Equal(expected, tried);
        Assert.Equal(read, consumed);
        Assert.Equal(expected, fromStream);
        Assert.Equal(read, stream.Position);
    }

    [Fact]
    public void Round_trips_values_across_the_whole_range()
    {
        Span<byte> buffer = stackalloc byte[VariableLengthQuantity.MaxLength];
        for (long value = 0; value <= VariableLengthQuantity.MaxValue; value = (value * 3) + 1)
        {
            foreach (var v in new[] { (int)value, (int)Math.Min(value + 127, VariableLengthQuantity.MaxValue) })
            {
                var written = VariableLengthQuantity.Write(v, buffer);
                var read = VariableLengthQuantity.Read(buffer[..written], out var back);
                Assert.Equal(v, back);
                Assert.Equal(written, read);
            }
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0x10000000)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Rejects_values_outside_0_to_0x0FFFFFFF(int value)
    {
        var buffer = new byte[8];

        Assert.Throws<ArgumentOutOfRangeException>(() => VariableLengthQuantity.Write(value, buffer));
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableLengthQuantity.Write(value, new ArrayBufferWriter<byte>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableLengthQuantity.Write(value, Stream.Null));
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableLengthQuantity.GetByteCount(value));
    }

    [Fact]
    public void Rejects_a_destination_too_short_for_the_value()
    {
        var buffer = new byte[2];

        var error = Assert.Throws<ArgumentException>(() => VariableLengthQuantity.Write(0x4000, buffer));

        Assert.Equal("destination", error.ParamName);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("81", 1)]
    [InlineData("FF FF", 2)]
    [InlineData("81 80 80", 3)]
    public void Reports_truncated_input(string encoding, int consumedBeforeEnd)
    {
        var bytes = Hex.Bytes(encoding);

        var status = VariableLengthQuantity.TryRead(bytes, out _, out var consumed);
        var error = Assert.Throws<InvalidDataException>(() => VariableLengthQuantity.Read(bytes, out _));
        var streamError = Assert.Throws<InvalidDataException>(() => VariableLengthQuantity.Read(new MemoryStream(bytes)));

        Assert.Equal(OperationStatus.NeedMoreData, status);
        Assert.Equal(consumedBeforeEnd, consumed);
        Assert.Contains("ends inside", error.Message, StringComparison.Ordinal);
        Assert.Contains("ends inside", streamError.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("80 80 80 80 00")]
    [InlineData("FF FF FF FF 7F")]
    [InlineData("81 81 81 81")]
    public void Reports_an_encoding_longer_than_four_bytes(string encoding)
    {
        var bytes = Hex.Bytes(encoding);

        var status = VariableLengthQuantity.TryRead(bytes, out _, out _);
        var error = Assert.Throws<InvalidDataException>(() => VariableLengthQuantity.Read(bytes, out _));
        var streamError = Assert.Throws<InvalidDataException>(() => VariableLengthQuantity.Read(new MemoryStream(bytes)));

        Assert.Equal(OperationStatus.InvalidData, status);
        Assert.Contains("longer than 4 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("longer than 4 bytes", streamError.Message, StringComparison.Ordinal);
    }
}
