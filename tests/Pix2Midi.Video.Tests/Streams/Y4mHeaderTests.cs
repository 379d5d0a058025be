using System.Text;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Tests.Streams;

public class Y4mHeaderTests
{
    [Fact]
    public void Reads_size_rate_and_colour_from_ffmpegs_header()
    {
        var header = Y4mHeader.Parse(Encoding.ASCII.GetBytes("YUV4MPEG2 W640 H360 F30:1 Ip A0:0 Cmono XCOLORRANGE=FULL"), out var problem);

        Assert.Null(problem);
        Assert.Equal(new Y4mHeader(640, 360, new FrameRate(30, 1), "mono"), header);
    }

    [Fact]
    public void An_ntsc_rate_is_kept_exact()
    {
        var header = Y4mHeader.Parse(Encoding.ASCII.GetBytes("YUV4MPEG2 W1920 H1080 F30000:1001 Ip Cmono"), out _);

        Assert.Equal(new FrameRate(30000, 1001), header?.Rate);
    }

    [Theory]
    [InlineData("YUV4MPEG2 H360 F30:1 Cmono", "the stream has an impossible frame size (0×360)")]
    [InlineData("YUV4MPEG2 W99999 H10 Cmono", "the stream has an impossible frame size (99999×10)")]
    [InlineData("<html>", "ffmpeg did not send a YUV4MPEG2 header")]
    [InlineData("", "ffmpeg did not send a YUV4MPEG2 header")]
    public void A_broken_header_says_what_is_wrong(string line, string expected)
    {
        Assert.Null(Y4mHeader.Parse(Encoding.ASCII.GetBytes(line), out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void A_rate_of_zero_is_no_rate()
    {
        Assert.Null(Y4mHeader.Parse(Encoding.ASCII.GetBytes("YUV4MPEG2 W16 H16 F0:0 Cmono"), out _)?.Rate);
    }
}
