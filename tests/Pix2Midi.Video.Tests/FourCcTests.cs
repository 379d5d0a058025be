using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

public sealed class FourCcTests
{
    [Theory]
    [InlineData(0x30323449, "I420")]
    [InlineData(0x34363268, "h264")]
    [InlineData(0x18424752, "RGB\\x18")]
    [InlineData(0x0a0b3359, "Y3\\x0b\\x0a")]
    [InlineData(0x20203859, "Y8")]
    [InlineData(0, "")]
    [InlineData(-1, "\\xff\\xff\\xff\\xff")]
    public void Codes_read_as_text_with_unprintable_bytes_escaped(double reported, string text) =>
        Assert.Equal(text, FourCc.ToText(FourCc.FromReported(reported)));

    [Theory]
    [InlineData("I420", true)]
    [InlineData("YV12", true)]
    [InlineData("NV12", true)]
    [InlineData("NV21", true)]
    [InlineData("Y42B", true)]
    [InlineData("Y41B", true)]
    [InlineData("440P", true)]
    [InlineData("444P", true)]
    [InlineData("Y800", true)]
    [InlineData("J420", true)]
    [InlineData("YUY2", false)]
    [InlineData("UYVY", false)]
    [InlineData("RGB\x18", false)]
    [InlineData("Y3\x0b\x0a", false)] // yuv420p10le
    [InlineData("Y1\0\x10", false)] // gray16le
    public void Only_8_bit_formats_with_luma_first_are_read_from_the_decoder(string tag, bool lumaFirst) =>
        Assert.Equal(lumaFirst, DecoderPixelFormat.IsLumaFirst(FourCc.Pack(tag[0], tag[1], tag[2], tag[3])));
}
