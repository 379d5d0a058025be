using System.Text;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi.Tests.Backends.CoreMidi;

public class VirtualSourceIdTests
{
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Hashes_with_FNV_1a(string text, uint expected) =>
        Assert.Equal(expected, VirtualSourceId.Fnv1a(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("Pix2Midi", 507419581)]
    [InlineData("Pix2Midi Lights", 85908630)]
    public void The_same_name_gets_the_same_ID_on_every_launch(string name, int expected) =>
        Assert.Equal(expected, VirtualSourceId.For(name));

    [Fact]
    public void Different_names_get_different_IDs() =>
        Assert.NotEqual(VirtualSourceId.For("Pix2Midi"), VirtualSourceId.For("Pix2Midi 2"));

    [Theory]
    [InlineData(41, 42)]
    [InlineData(-1, 1)] // 0 is kMIDIInvalidUniqueID
    [InlineData(int.MaxValue, int.MinValue)]
    public void The_next_ID_to_try_skips_zero_and_wraps(int id, int expected) =>
        Assert.Equal(expected, VirtualSourceId.Next(id));
}
