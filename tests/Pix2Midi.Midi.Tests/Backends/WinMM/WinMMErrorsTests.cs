using Pix2Midi.Midi.Backends.WinMM;
using static Pix2Midi.Midi.Interop.WinMM;

namespace Pix2Midi.Midi.Tests.Backends.WinMM;

public class WinMMErrorsTests
{
    [Theory]
    [InlineData(4u, "“loopMIDI Port” is already in use by another program (close it there, or use a second loopMIDI port).")]
    [InlineData(2u, "“loopMIDI Port” is no longer there (was the loopMIDI port removed?).")]
    [InlineData(68u, "“loopMIDI Port” is no longer there (was the loopMIDI port removed?).")]
    [InlineData(6u, "“loopMIDI Port” has no working driver (reinstall loopMIDI or the device's driver, then try again).")]
    [InlineData(7u, "Windows ran out of memory to open “loopMIDI Port” (close some programs and try again).")]
    [InlineData(5u, "“loopMIDI Port” was closed while Pix2Midi was using it (was loopMIDI stopped or the port removed?).")]
    [InlineData(3u, "The driver of “loopMIDI Port” is disabled (check the device in Device Manager).")]
    [InlineData(67u, "“loopMIDI Port” is busy and did not take the message (try again, or use another port).")]
    [InlineData(11u, "Windows could not open “loopMIDI Port” (WinMM error 11).")]
    [InlineData(1234u, "Windows could not open “loopMIDI Port” (WinMM error 1234).")]
    public void Says_what_a_result_code_means_for_the_port(uint code, string expected) =>
        Assert.Equal(expected, WinMMErrors.Describe((MmResult)code, "loopMIDI Port", "open", null));

    [Theory]
    [InlineData("The specified device is already in use.  Wait until it is free, and then try again.\r\n")]
    [InlineData("  The specified device is already in use.  Wait until it is free, and then try again.")]
    public void Adds_the_text_Windows_gives(string systemText) =>
        Assert.Equal(
            "“loopMIDI Port” is already in use by another program (close it there, or use a second loopMIDI port). Windows says: The specified device is already in use.  Wait until it is free, and then try again.",
            WinMMErrors.Describe(MmResult.Allocated, "loopMIDI Port", "open", systemText));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Leaves_out_an_empty_Windows_text(string? systemText) =>
        Assert.DoesNotContain("Windows says", WinMMErrors.Describe(MmResult.MidiNoDevice, "X", "send to", systemText), StringComparison.Ordinal);

    [Fact]
    public void Names_the_action_for_an_unknown_code() =>
        Assert.Equal("Windows could not send to “Synth” (WinMM error 1).", WinMMErrors.Describe(MmResult.Error, "Synth", "send to", null));
}
