namespace Pix2Midi.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Frame_rate_reads_ntsc() => Assert.Equal(new Core.Frames.FrameRate(30000, 1001), Core.Frames.FrameRate.FromReported(29.97002997));
}
