using System.Buffers.Binary;
using System.Text;

namespace Pix2Midi.Video.Files;

/// <summary>
/// Reads the top-level layout of an ISO base media file (MP4, MOV, M4V, 3GP) to tell whether it
/// was cut short: a box that claims more bytes than the file has left.
/// </summary>
/// <remarks>Only box headers are read (8 or 16 bytes per top-level box), never their contents.</remarks>
internal static class IsoMediaLayout
{
    private static readonly string[] FirstBoxTypes = ["ftyp", "styp", "moov", "mdat", "free", "skip", "wide", "pnot"];

    /// <summary>Whether the file in <paramref name="stream"/> ends inside one of its top-level boxes.</summary>
    /// <returns>
    /// <see langword="true"/> when it does, <see langword="false"/> when every top-level box fits,
    /// <see langword="null"/> when the file does not look like an ISO media file.
    /// </returns>
    /// <param name="stream">A seekable stream over the whole file; its position is changed.</param>
    public static bool? EndsEarly(Stream stream) => Walk(stream, out _);

    /// <summary>
    /// Whether the file is a complete ISO media file whose media data boxes (<c>mdat</c>) are all
    /// empty or absent: a container written with no frames in it.
    /// </summary>
    /// <param name="stream">A seekable stream over the whole file; its position is changed.</param>
    public static bool HasNoMediaData(Stream stream) => Walk(stream, out var mediaBytes) == false && mediaBytes == 0;

    private static bool? Walk(Stream stream, out long mediaBytes)
    {
        mediaBytes = 0;
        var length = stream.Length;
        Span<byte> header = stackalloc byte[16];
        long position = 0;
        var boxes = 0;
        while (position < length)
        {
            var remaining = length - position;
            if (remaining < 8)
            {
                return boxes == 0 ? null : true;
            }

            stream.Position = position;
            stream.ReadExactly(header[..8]);
            var type = header.Slice(4, 4);
            if (!IsPrintable(type) || (boxes == 0 && !IsFirstBoxType(type)))
            {
                return null;
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerLength = 8;
            var isMedia = type.SequenceEqual("mdat"u8);
            if (size == 0)
            {
                // The box runs to the end of the file, whatever its length.
                mediaBytes += isMedia ? remaining - 8 : 0;
                return false;
            }

            if (size == 1)
            {
                if (remaining < 16)
                {
                    return true;
                }

                stream.ReadExactly(header[8..16]);
                var large = BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
                if (large > long.MaxValue)
                {
                    return null;
                }

                size = (long)large;
                headerLength = 16;
            }

            if (size < headerLength)
            {
                return null;
            }

            if (size > remaining)
            {
                return true;
            }

            mediaBytes += isMedia ? size - headerLength : 0;
            position += size;
            boxes++;
        }

        return boxes == 0 ? null : false;
    }

    private static bool IsPrintable(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is < 0x20 or >= 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFirstBoxType(ReadOnlySpan<byte> type) =>
        FirstBoxTypes.Contains(Encoding.ASCII.GetString(type), StringComparer.Ordinal);
}
