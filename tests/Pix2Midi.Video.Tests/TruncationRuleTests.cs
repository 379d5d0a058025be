using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

public sealed class TruncationRuleTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 30);

    [Theory]
    [InlineData(120, null, false)] // nothing announced
    [InlineData(120, 0L, false)]
    [InlineData(120, 120L, false)]
    [InlineData(118, 120L, false)] // two short is within tolerance
    [InlineData(117, 120L, true)]
    [InlineData(45, 120L, true)]
    [InlineData(1000, 1020L, false)] // 2 % of a long video
    [InlineData(979, 1000L, true)]
    [InlineData(150, 120L, false)] // more than announced is fine
    public void A_count_falls_short_by_more_than_two_frames_and_two_percent(long decoded, long? announced, bool short_) =>
        Assert.Equal(short_, TruncationRule.FallsShort(decoded, announced));

    [Theory]
    [InlineData(45, 120L, 1.4667, 4.0, null, true)] // cut file: short in count and in time
    [InlineData(45, 120L, 1.4667, 4.0, true, true)]
    [InlineData(92, 212L, 3.0333, 7.0667, false, false)] // trimmed MP4: its layout is whole
    [InlineData(50, 60L, 1.9667, 2.0, null, false)] // variable rate: the estimate is wrong, the time is right
    [InlineData(10, 270001L, 9000.0, 9000.0333, null, false)]
    [InlineData(45, 120L, 1.4667, null, null, true)] // no duration to compare: the count decides
    [InlineData(120, 120L, 3.9667, 4.0, true, false)] // whole count: the layout is not asked
    public void A_short_count_must_be_confirmed(long decoded, long? announced, double lastSeconds, double? durationSeconds, bool? layoutEndsEarly, bool truncated)
    {
        TimeSpan? duration = durationSeconds is { } d ? TimeSpan.FromSeconds(d) : null;

        Assert.Equal(truncated, TruncationRule.IsTruncated(decoded, announced, TimeSpan.FromSeconds(lastSeconds), duration, Frame, layoutEndsEarly));
    }
}
