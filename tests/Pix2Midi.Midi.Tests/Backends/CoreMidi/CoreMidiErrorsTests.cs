using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi.Tests.Backends.CoreMidi;

public class CoreMidiErrorsTests
{
    [Theory]
    [InlineData(-10830, "macOS's MIDI server no longer knows Pix2Midi (it may have restarted): start Pix2Midi again. (CoreMIDI error -10830)")]
    [InlineData(-10831, "Pix2Midi's connection to “IAC Driver Bus 1” was closed (the MIDI server may have restarted): start Pix2Midi again. (CoreMIDI error -10831)")]
    [InlineData(-10832, "“IAC Driver Bus 1” is a MIDI input, not an output: choose a destination (`pix2midi ports` lists them). (CoreMIDI error -10832)")]
    [InlineData(-10833, "“IAC Driver Bus 1” is not connected. (CoreMIDI error -10833)")]
    [InlineData(-10834, "“IAC Driver Bus 1” is no longer there (was the device unplugged, or the IAC bus or virtual port removed?). (CoreMIDI error -10834)")]
    [InlineData(-10835, "“IAC Driver Bus 1” did not answer when asked for its name or ID. (CoreMIDI error -10835)")]
    [InlineData(-10836, "“IAC Driver Bus 1” did not answer when asked for its name or ID. (CoreMIDI error -10836)")]
    [InlineData(-10837, "macOS has no usable MIDI setup: open Audio MIDI Setup (Applications › Utilities) once, then try again. (CoreMIDI error -10837)")]
    [InlineData(-10838, "Pix2Midi lost contact with macOS's MIDI server while trying to send to “IAC Driver Bus 1”: try again (if it repeats, log out and back in). (CoreMIDI error -10838)")]
    [InlineData(-10839, "macOS's MIDI server did not start: open Audio MIDI Setup to check that MIDI works, or restart the Mac. (CoreMIDI error -10839)")]
    [InlineData(-10840, "macOS has no usable MIDI setup: open Audio MIDI Setup (Applications › Utilities) once, then try again. (CoreMIDI error -10840)")]
    [InlineData(-10841, "CoreMIDI was called from the wrong thread (a Pix2Midi bug: please report it). (CoreMIDI error -10841)")]
    [InlineData(-10842, "“IAC Driver Bus 1” is no longer there (was the device unplugged, or the IAC bus or virtual port removed?). (CoreMIDI error -10842)")]
    [InlineData(-10843, "Another MIDI port already uses the ID Pix2Midi wanted for “IAC Driver Bus 1”. (CoreMIDI error -10843)")]
    [InlineData(-10844, "macOS did not allow Pix2Midi to send to “IAC Driver Bus 1” (check System Settings › Privacy & Security). (CoreMIDI error -10844)")]
    [InlineData(-50, "CoreMIDI could not send to “IAC Driver Bus 1” (OSStatus -50).")]
    [InlineData(-10845, "CoreMIDI could not send to “IAC Driver Bus 1” (OSStatus -10845).")]
    public void Says_what_an_OSStatus_means_for_the_port(int status, string expected) =>
        Assert.Equal(expected, CoreMidiErrors.Describe(status, "IAC Driver Bus 1", "send to"));

    [Fact]
    public void The_exception_carries_the_status()
    {
        var e = CoreMidiErrors.Exception(-10834, "Bus 1", "open");

        Assert.Equal(-10834, e.NativeCode);
        Assert.StartsWith("“Bus 1” is no longer there", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-10830)]
    [InlineData(-10844)]
    public void The_status_table_matches_the_header(int status) =>
        Assert.True(Enum.IsDefined((Interop.CoreMidi.MidiStatus)status));
}
