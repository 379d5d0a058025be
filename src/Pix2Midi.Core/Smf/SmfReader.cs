using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Pix2Midi.Core.Smf;

/// <summary>Reads Standard MIDI Files (formats 0, 1 and 2 with ticks-per-quarter timing).</summary>
/// <remarks>
/// <para>
/// Strict where a lenient reader would hide a bug in a writer: a bad chunk length, a track that
/// does not end with an end-of-track event (or has bytes after it), a data byte of 0x80 or more,
/// running status after a meta or sysex event (both cancel it), system common or real-time
/// bytes, or a track count that differs from the header's all throw
/// <see cref="SmfFormatException"/>. Chunks other than MThd and MTrk are skipped; SMPTE time
/// division is rejected.
/// </para>
/// <para>
/// The whole file is read into one buffer; meta and sysex payloads are slices of it.
/// </para>
/// </remarks>
public static class SmfReader
{
    private const int ChunkHeaderLength = 8;
    private const int MinimumHeaderLength = 6;

    /// <summary>Reads a whole file from <paramref name="input"/>, from its current position to its end.</summary>
    /// <exception cref="SmfFormatException">The data is not a valid Standard MIDI File.</exception>
    public static SmfFile Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return Parse(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Reads a whole file from <paramref name="data"/>, which is copied.</summary>
    /// <exception cref="SmfFormatException">The data is not a valid Standard MIDI File.</exception>
    public static SmfFile Read(ReadOnlySpan<byte> data) => Parse(data.ToArray());

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="SmfFormatException">The file is not a valid Standard MIDI File.</exception>
    public static SmfFile ReadFile(string path) => Parse(File.ReadAllBytes(path));

    private static SmfFile Parse(ReadOnlyMemory<byte> file)
    {
        var data = file.Span;
        if (data.Length < ChunkHeaderLength + MinimumHeaderLength)
        {
            if (data.Length >= 4 && !data[..4].SequenceEqual("MThd"u8))
            {
                throw BadMagic(data);
            }

            throw Error($"The file is truncated: {data.Length} bytes is shorter than a header chunk (14 bytes)", data.Length);
        }

        if (!data[..4].SequenceEqual("MThd"u8))
        {
            throw BadMagic(data);
        }

        var headerLength = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        if (headerLength < MinimumHeaderLength)
        {
            throw Error($"The header chunk's length is {headerLength}; it must be at least {MinimumHeaderLength}", 4);
        }

        if (headerLength > (uint)(data.Length - ChunkHeaderLength))
        {
            throw Error($"The header chunk's length {headerLength} runs past the end of the file ({data.Length - ChunkHeaderLength} bytes follow it)", 4);
        }

        var format = BinaryPrimitives.ReadUInt16BigEndian(data[8..]);
        if (format > 2)
        {
            throw Error($"The format is {format}; only 0, 1 and 2 exist", 8);
        }

        var declaredTracks = BinaryPrimitives.ReadUInt16BigEndian(data[10..]);
        var division = BinaryPrimitives.ReadUInt16BigEndian(data[12..]);
        if ((division & 0x8000) != 0)
        {
            throw Error($"The division 0x{division:X4} is SMPTE time code, which is not supported; only ticks per quarter note are", 12);
        }

        if (division == 0)
        {
            throw Error("The division (ticks per quarter note) is 0", 12);
        }

        var tracks = new List<SmfTrack>(declaredTracks);
        var position = ChunkHeaderLength + (int)headerLength;
        while (position < data.Length)
        {
            var left = data.Length - position;
            if (left < ChunkHeaderLength)
            {
                throw Error($"The file is truncated: {left} byte(s) follow the last chunk, too few for a chunk header", position);
            }

            var type = data.Slice(position, 4);
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[(position + 4)..]);
            if (length > (uint)(left - ChunkHeaderLength))
            {
                throw Error($"The {Describe(type)} chunk's length {length} runs past the end of the file ({left - ChunkHeaderLength} bytes follow its header)", position + 4);
            }

            if (type.SequenceEqual("MTrk"u8))
            {
                tracks.Add(ReadTrack(file, position + ChunkHeaderLength, (int)length));
            }

            position += ChunkHeaderLength + (int)length;
        }

        if (tracks.Count != declaredTracks)
        {
            throw Error($"The header declares {declaredTracks} track(s) but the file holds {tracks.Count}", 10);
        }

        return new SmfFile(format, division, tracks);
    }

    private static SmfTrack ReadTrack(ReadOnlyMemory<byte> file, int start, int length)
    {
        var data = file.Span;
        var end = start + length;
        var position = start;
        var tick = 0L;
        byte runningStatus = 0;
        string? name = null;
        var events = new List<SmfEvent>();
        while (true)
        {
            if (position >= end)
            {
                throw Error("The track chunk ends without an end-of-track event (FF 2F 00)", position);
            }

            tick += ReadQuantity(data, ref position, end, "delta time");
            if (position >= end)
            {
                throw Error("The track chunk is truncated: it ends after a delta time, before its event", position);
            }

            var eventStart = position;
            byte status;
            if (data[position] >= 0x80)
            {
                status = data[position++];
            }
            else if (runningStatus != 0)
            {
                status = runningStatus;
            }
            else
            {
                throw Error($"The data byte 0x{data[position]:X2} has no status before it (running status with no previous channel message, or after a meta or sysex event)", position);
            }

            if (status < 0xF0)
            {
                runningStatus = status;
                var dataBytes = (status & 0xF0) is 0xC0 or 0xD0 ? 1 : 2;
                if (end - position < dataBytes)
                {
                    throw Error($"The track chunk is truncated inside a channel message with status 0x{status:X2}", position);
                }

                var data1 = DataByte(data, position, status);
                var data2 = dataBytes == 2 ? DataByte(data, position + 1, status) : (byte)0;
                position += dataBytes;
                events.Add(new SmfEvent(tick, status, data1, data2, 0, ReadOnlyMemory<byte>.Empty));
            }
            else if (status == SmfEvent.MetaStatus)
            {
                runningStatus = 0;
                if (position >= end)
                {
                    throw Error("The track chunk is truncated inside a meta event, before its type", position);
                }

                var metaType = data[position];
                if (metaType >= 0x80)
                {
                    throw Error($"The meta event type 0x{metaType:X2} is not below 0x80", position);
                }

                position++;
                var payload = ReadPayload(file, ref position, end, "meta event");
                var e = new SmfEvent(tick, status, 0, 0, metaType, payload);
                events.Add(e);
                if (metaType == SmfEvent.TrackNameMetaType)
                {
                    name ??= e.Text;
                }
                else if (metaType == SmfEvent.EndOfTrackMetaType)
                {
                    if (payload.Length != 0)
                    {
                        throw Error($"The end-of-track event has a length of {payload.Length}; it must be 0", eventStart + 2);
                    }

                    if (position != end)
                    {
                        throw Error($"The track chunk has {end - position} byte(s) after its end-of-track event", position);
                    }

                    return new SmfTrack(events, name);
                }
            }
            else if (status is 0xF0 or 0xF7)
            {
                runningStatus = 0;
                var payload = ReadPayload(file, ref position, end, "sysex event");
                events.Add(new SmfEvent(tick, status, 0, 0, 0, payload));
            }
            else
            {
                throw Error($"The status 0x{status:X2} (system common or real-time) cannot appear in a file", eventStart);
            }
        }
    }

    private static byte DataByte(ReadOnlySpan<byte> data, int position, byte status)
    {
        var value = data[position];
        if (value >= 0x80)
        {
            throw Error($"The data byte 0x{value:X2} of a channel message with status 0x{status:X2} is not below 0x80", position);
        }

        return value;
    }

    private static ReadOnlyMemory<byte> ReadPayload(ReadOnlyMemory<byte> file, ref int position, int end, string what)
    {
        var lengthAt = position;
        var length = ReadQuantity(file.Span, ref position, end, what + " length");
        if (length > end - position)
        {
            throw Error($"The {what}'s length {length} runs past the end of its track chunk ({end - position} bytes left)", lengthAt);
        }

        var payload = file.Slice(position, length);
        position += length;
        return payload;
    }

    private static int ReadQuantity(ReadOnlySpan<byte> data, ref int position, int end, string what)
    {
        var status = VariableLengthQuantity.TryRead(data[position..end], out var value, out var consumed);
        switch (status)
        {
            case OperationStatus.Done:
                position += consumed;
                return value;
            case OperationStatus.NeedMoreData:
                throw Error($"The track chunk is truncated inside a {what}", position);
            default:
                throw Error($"The {what} is longer than {VariableLengthQuantity.MaxLength} bytes", position);
        }
    }

    private static SmfFormatException BadMagic(ReadOnlySpan<byte> data) =>
        Error($"The file does not start with \"MThd\" (it starts with {Describe(data[..Math.Min(4, data.Length)])}), so it is not a Standard MIDI File", 0);

    private static string Describe(ReadOnlySpan<byte> chunkType)
    {
        foreach (var b in chunkType)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return Convert.ToHexString(chunkType);
            }
        }

        return "\"" + Encoding.ASCII.GetString(chunkType) + "\"";
    }

    private static SmfFormatException Error(string problem, long offset) => new(problem, offset);
}
