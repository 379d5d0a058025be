using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi.Tests.Backends.CoreMidi;

public class CoreMidiPortMatcherTests
{
    private static readonly CoreMidiEndpoint[] Destinations =
    [
        new(0x10, "IAC Driver Bus 1", 1001),
        new(0x11, "IAC Driver Bus 2", 1002),
        new(0x12, "USB MIDI Interface", 2001),
        new(0x13, "USB MIDI Interface", 2002),
        new(0x14, "usb midi interface", 2003),
    ];

    [Theory]
    [InlineData("IAC Driver Bus 1", "1001", 0)]
    [InlineData("IAC Driver Bus 1", null, 0)]
    [InlineData("USB MIDI Interface", "2002", 3)] // two of that name: the one with the listed ID
    [InlineData("USB MIDI Interface", "-5", 2)] // ID gone: the first of that name
    [InlineData("USB MIDI Interface", "junk", 2)]
    [InlineData("usb midi interface", "2001", 2)] // the ID decides within the same name in any case
    [InlineData("usb midi interface", null, 4)] // the exact name wins over another case
    [InlineData("iac driver bus 2", "0", 1)] // no exact name: any case
    public void Finds_a_destination_by_unique_ID_and_name(string name, string? id, int expected) =>
        Assert.Equal(expected, CoreMidiPortMatcher.Find(Destinations, name, id));

    [Theory]
    [InlineData("IAC Driver Bus 3", "1001")] // a known ID under another name is not the port asked for
    [InlineData("IAC", null)]
    public void Finds_nothing_when_the_destination_vanished(string name, string? id) =>
        Assert.Equal(-1, CoreMidiPortMatcher.Find(Destinations, name, id));
}
