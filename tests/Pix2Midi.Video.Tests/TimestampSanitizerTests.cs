using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

public sealed class TimestampSanitizerTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(40);

    /// <summary>Reported milliseconds in, timestamps (ms) out, with the origin and the number repaired.</summary>
    [Theory]
    [InlineData("0 40 80 120", "0 40 80 120", 0, 0)]
    [InlineData("0 33.3333333 66.6666667", "0 33.3333 66.6667", 0, 0)]
    [InlineData("0 67 133 200 233", "0 67 133 200 233", 0, 0)] // variable rate kept as reported
    [InlineData("1500 1540 1580", "0 40 80", 1500, 0)] // a stream starting late starts at zero
    [InlineData("0 0 0 0", "0 40 80 120", 0, 3)] // no timestamps at all
    [InlineData("0 40 40 120", "0 40 80 120", 0, 1)] // a repeat
    [InlineData("0 40 30 120", "0 40 80 120", 0, 1)] // going back
    [InlineData("0 40 NaN 120", "0 40 80 120", 0, 1)] // missing
    [InlineData("0 40 100 110", "0 40 100 110", 0, 0)] // a repair is not needed when order holds
    [InlineData("0 40 130 125", "0 40 130 170", 0, 1)] // the repair continues from the previous frame
    [InlineData("-80 -40 0", "0 40 80", -80, 0)] // edit lists can start before zero: the first time is still the origin
    [InlineData("NaN 40 80", "0 40 80", 0, 1)]
    [InlineData("Infinity 40", "0 40", 0, 1)]
    public void Timestamps_start_at_zero_and_strictly_increase(string reported, string expected, double origin, int repaired)
    {
        var sanitizer = new TimestampSanitizer(Frame);

        var actual = Parse(reported).Select(ms => Math.Round(sanitizer.Next(ms).TotalMilliseconds, 4)).ToArray();

        Assert.Equal(Parse(expected), actual);
        Assert.Equal(TimeSpan.FromMilliseconds(origin), sanitizer.Origin);
        Assert.Equal(repaired, sanitizer.Repaired);
        Assert.Equal(actual[^1], Math.Round(sanitizer.Last.TotalMilliseconds, 4));
    }

    [Theory]
    [InlineData(1, 1000 / 30.0, 333_333)]
    [InlineData(30, 1000.0, 10_000_000)]
    [InlineData(1, 1001 / 30.0, 333_667)]
    [InlineData(2, 2002 / 30.0, 667_333)]
    public void Times_are_rounded_to_the_nearest_tick(int frame, double milliseconds, long ticks)
    {
        var sanitizer = new TimestampSanitizer(Frame);
        for (var i = 0; i < frame; i++)
        {
            _ = sanitizer.Next(i * 0.001);
        }

        Assert.Equal(ticks, sanitizer.Next(milliseconds).Ticks);
    }

    private static double[] Parse(string values) =>
        values.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
