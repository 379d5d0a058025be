using System.Buffers.Binary;
using System.Text;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

public sealed class IsoMediaLayoutTests
{
    /// <summary>Boxes as "type:size" (size as declared; "type:size:actual" writes fewer bytes).</summary>
    [Theory]
    [InlineData("ftyp:24 moov:100 mdat:1000", false)]
    [InlineData("ftyp:24 moov:100 mdat:1000:600", true)] // cut inside the media data
    [InlineData("ftyp:24 mdat:1000 moov:100:40", true)] // cut inside the index at the end
    [InlineData("ftyp:24 mdat:0:500", false)] // size 0: runs to the end of the file
    [InlineData("ftyp:24 mdat:64bit:5000", false)]
    [InlineData("ftyp:24 mdat:64bit:5000:3000", true)]
    [InlineData("ftyp:24 free:8 mdat:100 trailing:3", true)] // half a box header
    [InlineData("wide:8 mdat:100 moov:50", false)] // old QuickTime
    [InlineData("RIFF:5000", null)] // not an ISO media file
    [InlineData("text:3", null)]
    [InlineData("ftyp:4", null)] // a size smaller than its header
    public void The_layout_tells_a_cut_file_from_a_whole_one(string boxes, bool? endsEarly)
    {
        using var stream = new MemoryStream(Build(boxes));

        Assert.Equal(endsEarly, IsoMediaLayout.EndsEarly(stream));
    }

    [Theory]
    [InlineData("ftyp:32 free:8 mdat:8 moov:214", true)] // what ffmpeg writes for zero frames
    [InlineData("ftyp:32 moov:214", true)] // no media data box at all
    [InlineData("ftyp:32 mdat:9 moov:214", false)] // one byte of media
    [InlineData("ftyp:32 mdat:8 moov:214:100", false)] // cut short: damaged, not empty
    [InlineData("RIFF:5000", false)]
    public void An_empty_container_is_told_from_a_damaged_one(string boxes, bool empty)
    {
        using var stream = new MemoryStream(Build(boxes));

        Assert.Equal(empty, IsoMediaLayout.HasNoMediaData(stream));
    }

    private static byte[] Build(string boxes)
    {
        var file = new MemoryStream();
        foreach (var box in boxes.Split(' '))
        {
            var parts = box.Split(':');
            if (parts[0] == "trailing")
            {
                file.Write(new byte[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)]);
                continue;
            }

            var large = parts[1] == "64bit";
            var size = large ? long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            var actual = parts.Length > (large ? 3 : 2) ? long.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture) : Math.Max(size, 8);
            var bytes = new byte[actual];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, large ? 1u : (uint)size);
            Encoding.ASCII.GetBytes(parts[0].PadRight(4)[..4]).CopyTo(bytes, 4);
            if (large)
            {
                BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), (ulong)size);
            }

            file.Write(bytes);
        }

        return file.ToArray();
    }
}
