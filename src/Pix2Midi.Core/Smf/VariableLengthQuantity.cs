using System.Buffers;

namespace Pix2Midi.Core.Smf;

/// <summary>
/// The variable-length quantities of Standard MIDI Files: 7 bits a byte, most significant group
/// first, with the high bit set on every byte but the last.
/// </summary>
/// <remarks>
/// A file holds at most four such bytes, so the largest value is <see cref="MaxValue"/>
/// (0x0FFFFFFF). Delta times, meta-event lengths and sysex lengths all use this encoding.
/// </remarks>
public static class VariableLengthQuantity
{
    /// <summary>The largest value that fits in <see cref="MaxLength"/> bytes: 0x0FFFFFFF.</summary>
    public const int MaxValue = 0x0FFFFFFF;

    /// <summary>The most bytes one quantity may take.</summary>
    public const int MaxLength = 4;

    /// <summary>How many bytes <paramref name="value"/> takes, 1 to 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxValue"/>.</exception>
    public static int GetByteCount(int value)
    {
        CheckRange(value);
        return value switch
        {
            < 0x80 => 1,
            < 0x4000 => 2,
            < 0x200000 => 3,
            _ => 4,
        };
    }

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/>.</summary>
    /// <returns>The number of bytes written, 1 to 4.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxValue"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public static int Write(int value, Span<byte> destination)
    {
        var count = GetByteCount(value);
        if (destination.Length < count)
        {
            throw new ArgumentException($"{count} bytes are needed to write {value} but the destination holds {destination.Length}.", nameof(destination));
        }

        for (var i = count - 1; i >= 0; i--)
        {
            var group = (byte)(value & 0x7F);
            destination[i] = i == count - 1 ? group : (byte)(group | 0x80);
            value >>= 7;
        }

        return count;
    }

    /// <summary>Appends <paramref name="value"/> to <paramref name="writer"/>.</summary>
    /// <returns>The number of bytes written, 1 to 4.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxValue"/>.</exception>
    public static int Write(int value, IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var count = Write(value, writer.GetSpan(MaxLength));
        writer.Advance(count);
        return count;
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="stream"/>.</summary>
    /// <returns>The number of bytes written, 1 to 4.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxValue"/>.</exception>
    public static int Write(int value, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> buffer = stackalloc byte[MaxLength];
        var count = Write(value, buffer);
        stream.Write(buffer[..count]);
        return count;
    }

    /// <summary>Decodes the quantity at the start of <paramref name="source"/> without throwing.</summary>
    /// <param name="source">Bytes starting with an encoded quantity.</param>
    /// <param name="value">The value, or 0 unless the result is <see cref="OperationStatus.Done"/>.</param>
    /// <param name="bytesConsumed">Bytes read: the encoding's length when done, otherwise how far decoding got.</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/>; <see cref="OperationStatus.NeedMoreData"/> when the
    /// source ends before a byte with the high bit clear; or <see cref="OperationStatus.InvalidData"/>
    /// when the first four bytes all have the high bit set (longer than a file allows).
    /// </returns>
    /// <remarks>Readers use this to report problems in their own terms, such as a byte offset in a file.</remarks>
    public static OperationStatus TryRead(ReadOnlySpan<byte> source, out int value, out int bytesConsumed)
    {
        var result = 0;
        for (var i = 0; i < MaxLength; i++)
        {
            if (i == source.Length)
            {
                value = 0;
                bytesConsumed = i;
                return OperationStatus.NeedMoreData;
            }

            var b = source[i];
            result = (result << 7) | (b & 0x7F);
            if (b < 0x80)
            {
                value = result;
                bytesConsumed = i + 1;
                return OperationStatus.Done;
            }
        }

        value = 0;
        bytesConsumed = MaxLength;
        return OperationStatus.InvalidData;
    }

    /// <summary>Decodes the quantity at the start of <paramref name="source"/>.</summary>
    /// <returns>The number of bytes read, 1 to 4.</returns>
    /// <exception cref="InvalidDataException">The encoding is longer than 4 bytes or the source ends inside it.</exception>
    public static int Read(ReadOnlySpan<byte> source, out int value)
    {
        var status = TryRead(source, out value, out var consumed);
        return status switch
        {
            OperationStatus.Done => consumed,
            OperationStatus.NeedMoreData => throw Truncated(consumed),
            _ => throw TooLong(),
        };
    }

    /// <summary>Reads one quantity from <paramref name="stream"/>, leaving it just after the last byte.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidDataException">The encoding is longer than 4 bytes or the stream ends inside it.</exception>
    public static int Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var result = 0;
        for (var i = 0; i < MaxLength; i++)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                throw Truncated(i);
            }

            result = (result << 7) | (b & 0x7F);
            if (b < 0x80)
            {
                return result;
            }
        }

        throw TooLong();
    }

    private static void CheckRange(int value)
    {
        if (value is < 0 or > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A variable-length quantity holds 0 to {MaxValue} (0x0FFFFFFF).");
        }
    }

    private static InvalidDataException Truncated(int bytesRead) =>
        new($"The data ends inside a variable-length quantity, after {bytesRead} byte(s) with the continuation bit set.");

    private static InvalidDataException TooLong() =>
        new($"A variable-length quantity is longer than {MaxLength} bytes (its first {MaxLength} bytes all have the continuation bit set).");
}
