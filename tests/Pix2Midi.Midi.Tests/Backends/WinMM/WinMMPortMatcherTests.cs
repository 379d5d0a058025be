using Pix2Midi.Midi.Backends.WinMM;

namespace Pix2Midi.Midi.Tests.Backends.WinMM;

public class WinMMPortMatcherTests
{
    private static readonly string?[] Devices = ["Microsoft GS Wavetable Synth", "loopMIDI Port", "LoopMIDI port", null, "loopMIDI Port 2", "loopMIDI Port"];

    [Theory]
    [InlineData("loopMIDI Port", "1", 1)] // still where it was listed
    [InlineData("loopMIDI Port", "0", 1)] // moved: found by name, the first of that name
    [InlineData("loopMIDI Port", "5", 5)] // two of that name: the one listed
    [InlineData("loopMIDI Port", null, 1)]
    [InlineData("loopMIDI Port", "not a number", 1)]
    [InlineData("loopMIDI Port", "99", 1)]
    [InlineData("LoopMIDI port", "1", 2)] // the exact name wins over one in another case
    [InlineData("LOOPMIDI PORT 2", "4", 4)] // no exact name: any case
    [InlineData("loopMIDI Port 2", "1", 4)]
    [InlineData("Microsoft GS Wavetable Synth", "0", 0)]
    public void Finds_a_port_by_name_even_when_its_index_changed(string name, string? id, int expected) =>
        Assert.Equal(expected, WinMMPortMatcher.Find(Devices, name, id));

    [Theory]
    [InlineData("loopMIDI")]
    [InlineData("Port 3")]
    [InlineData("")]
    public void Finds_nothing_when_the_port_vanished(string name) =>
        Assert.Equal(-1, WinMMPortMatcher.Find(Devices, name, "1"));

    [Fact]
    public void Compares_a_long_name_by_the_31_characters_WinMM_keeps()
    {
        string?[] devices = ["Port", "A very long loopMIDI port name "];

        Assert.Equal(1, WinMMPortMatcher.Find(devices, "A very long loopMIDI port name that WinMM cut", null));
    }

    [Fact]
    public void Finds_nothing_in_an_empty_list() =>
        Assert.Equal(-1, WinMMPortMatcher.Find([], "loopMIDI Port", "0"));
}
