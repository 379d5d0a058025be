using Pix2Midi.Cli.Rendering;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Tests;

public sealed class SkippedFramesTextTests
{
    [Fact]
    public void Nothing_skipped_says_nothing() =>
        Assert.Null(SkippedFramesText.Describe(0, []));

    [Fact]
    public void One_frame_is_named_at_its_time() =>
        Assert.Equal("1 damaged frame was skipped (at 00:04.2)", SkippedFramesText.Describe(1, [Span(4.2, 4.2, 1)]));

    [Fact]
    public void A_stretch_is_named_from_its_first_to_its_last_frame() =>
        Assert.Equal("3 damaged frames were skipped (at 00:04.2–00:04.3)", SkippedFramesText.Describe(3, [Span(4.2, 4.3, 3)]));

    [Fact]
    public void A_stretch_within_one_tenth_reads_as_one_time() =>
        Assert.Equal("2 damaged frames were skipped (at 01:04.0)", SkippedFramesText.Describe(2, [Span(64.0, 64.04, 2)]));

    [Fact]
    public void Many_places_are_named_up_to_three() =>
        Assert.Equal(
            "5 damaged frames were skipped (at 00:01.0, 00:02.0, 00:03.0, and 2 more places)",
            SkippedFramesText.Describe(5, [Span(1, 1, 1), Span(2, 2, 1), Span(3, 3, 1), Span(4, 4, 1), Span(5, 5, 1)]));

    [Theory]
    [InlineData(0, "00:00.0")]
    [InlineData(4.29, "00:04.2")]
    [InlineData(61.5, "01:01.5")]
    [InlineData(3723.4, "1:02:03.4")]
    public void Times_read_as_minutes_seconds_and_tenths(double seconds, string expected) =>
        Assert.Equal(expected, SkippedFramesText.Time(TimeSpan.FromSeconds(seconds)));

    private static SkippedSpan Span(double from, double to, int frames) => new(TimeSpan.FromSeconds(from), TimeSpan.FromSeconds(to), frames);
}
