using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Tests.Smf;

public class SmfTimeBaseTests
{
    [Theory]
    [InlineData(30, 1, 960, 64)]
    [InlineData(25, 1, 975, 78)]
    [InlineData(24, 1, 960, 80)]
    [InlineData(60, 1, 960, 32)]
    [InlineData(50, 1, 975, 39)]
    [InlineData(30000, 1001, 15000, 1001)]
    [InlineData(24000, 1001, 12000, 1001)]
    [InlineData(60000, 1001, 30000, 1001)]
    [InlineData(12345, 1000, 2469, 400)]
    [InlineData(1, 1, 960, 1920)]
    [InlineData(15, 2, 960, 256)]
    [InlineData(120, 1, 960, 16)]
    [InlineData(1000, 1, 1000, 2)]
    public void Picks_the_smallest_exact_resolution_of_at_least_960(int numerator, int denominator, int ticksPerQuarter, int ticksPerFrame)
    {
        var rate = new FrameRate(numerator, denominator);

        var timeBase = SmfTimeBase.ForFrameRate(rate);

        Assert.Equal(ticksPerQuarter, timeBase.TicksPerQuarter);
        Assert.Equal(500_000, timeBase.MicrosecondsPerQuarter);
        Assert.Equal(ticksPerFrame, timeBase.TicksPerFrame(rate));
    }

    [Theory]
    [InlineData(99991, 1000)]
    [InlineData(32771, 1)]
    [InlineData(65537, 2)]
    public void Falls_back_to_fine_when_no_resolution_up_to_32767_is_exact(int numerator, int denominator)
    {
        var timeBase = SmfTimeBase.ForFrameRate(new FrameRate(numerator, denominator));

        Assert.Equal(SmfTimeBase.Fine, timeBase);
    }

    [Fact]
    public void Fine_is_30000_ticks_per_quarter_at_120_bpm()
    {
        Assert.Equal(30_000, SmfTimeBase.Fine.TicksPerQuarter);
        Assert.Equal(500_000, SmfTimeBase.Fine.MicrosecondsPerQuarter);
        Assert.Equal(60_000, SmfTimeBase.Fine.TicksPerSecond);
        Assert.Equal(120, SmfTimeBase.Fine.BeatsPerMinute);
    }

    [Theory]
    [InlineData(24, 1, 2500)]
    [InlineData(25, 1, 2400)]
    [InlineData(30, 1, 2000)]
    [InlineData(50, 1, 1200)]
    [InlineData(60, 1, 1000)]
    [InlineData(30000, 1001, 2002)]
    public void Fine_puts_common_frame_rates_on_whole_ticks(int numerator, int denominator, int ticksPerFrame)
    {
        Assert.Equal(ticksPerFrame, SmfTimeBase.Fine.TicksPerFrame(new FrameRate(numerator, denominator)));
    }

    [Fact]
    public void Fine_puts_millisecond_and_600th_of_a_second_clocks_on_whole_ticks()
    {
        for (var k = 0; k < 100_000; k++)
        {
            var millisecond = TimeSpan.FromMilliseconds(k);
            var sixHundredth = TimeSpan.FromTicks((long)Math.Round(k * 1e7 / 600));
            Assert.True(SmfTimeBase.Fine.IsExact(millisecond), $"{k} ms");
            Assert.Equal(k * 60L, SmfTimeBase.Fine.ToTick(millisecond));
            Assert.True(SmfTimeBase.Fine.IsExact(sixHundredth), $"{k}/600 s");
            Assert.Equal(k * 100L, SmfTimeBase.Fine.ToTick(sixHundredth));
        }
    }

    [Fact]
    public void Has_no_whole_ticks_per_frame_when_a_frame_falls_between_ticks()
    {
        Assert.Null(SmfTimeBase.Fine.TicksPerFrame(new FrameRate(24000, 1001)));
        Assert.Null(new SmfTimeBase(960).TicksPerFrame(new FrameRate(25, 1)));
        Assert.Null(new SmfTimeBase(960).TicksPerFrame(new FrameRate(30000, 1001)));
    }

    [Theory]
    [InlineData(30, 1)]
    [InlineData(25, 1)]
    [InlineData(24, 1)]
    [InlineData(60, 1)]
    [InlineData(30000, 1001)]
    [InlineData(24000, 1001)]
    [InlineData(60000, 1001)]
    public void Puts_every_frame_of_a_constant_rate_video_on_its_exact_tick(int numerator, int denominator)
    {
        var rate = new FrameRate(numerator, denominator);
        var timeBase = SmfTimeBase.ForFrameRate(rate);
        var ticksPerFrame = timeBase.TicksPerFrame(rate)!.Value;

        for (long n = 0; n <= 1_000_000; n++)
        {
            var time = TimeSpan.FromTicks((long)Math.Round(n * 1e7 * denominator / numerator));
            var tick = timeBase.ToTick(time);
            if (tick != n * ticksPerFrame || !timeBase.IsExact(time))
            {
                Assert.Fail($"Frame {n} at {time} became tick {tick} (exact: {timeBase.IsExact(time)}); expected {n * ticksPerFrame}.");
            }
        }
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(1, 2_499_999, 0)]
    [InlineData(1, 2_500_000, 1)]
    [InlineData(1, 7_499_999, 1)]
    [InlineData(1, 7_500_000, 2)]
    [InlineData(960, 10_000_000, 1920)]
    [InlineData(960, 5_208, 1)]
    [InlineData(960, 2_604, 0)]
    [InlineData(960, 2_605, 1)]
    public void Rounds_times_to_the_nearest_tick_with_halves_going_up(int ticksPerQuarter, long timeSpanTicks, long expected)
    {
        Assert.Equal(expected, new SmfTimeBase(ticksPerQuarter).ToTick(TimeSpan.FromTicks(timeSpanTicks)));
    }

    [Fact]
    public void Converts_times_beyond_a_32_bit_tick_count_exactly()
    {
        var tenHours = TimeSpan.FromHours(10);

        Assert.Equal(2_160_000_000L, SmfTimeBase.Fine.ToTick(tenHours));
        Assert.Equal(tenHours, SmfTimeBase.Fine.ToTime(2_160_000_000L));
        Assert.Equal(55_340_232_221_128_655L, SmfTimeBase.Fine.ToTick(TimeSpan.MaxValue));
    }

    [Theory]
    [InlineData(960, 0, 0)]
    [InlineData(960, 1, 5_208)]
    [InlineData(960, 1920, 10_000_000)]
    [InlineData(7, 1, 714_286)]
    [InlineData(128, 1, 39_063)]
    [InlineData(30000, 1, 167)]
    [InlineData(30000, 60_000, 10_000_000)]
    public void Converts_ticks_to_times_rounded_to_100_ns(int ticksPerQuarter, long tick, long expectedTimeSpanTicks)
    {
        Assert.Equal(TimeSpan.FromTicks(expectedTimeSpanTicks), new SmfTimeBase(ticksPerQuarter).ToTime(tick));
    }

    [Theory]
    [InlineData(960, 333_333, true)]
    [InlineData(960, 333_334, true)]
    [InlineData(960, 333_338, true)]
    [InlineData(960, 333_343, false)]
    [InlineData(960, 2_604, false)]
    [InlineData(30000, 167, true)]
    [InlineData(30000, 166, false)]
    [InlineData(30000, 168, false)]
    [InlineData(30000, 333_667, true)]
    [InlineData(30000, 1_000_000, true)]
    [InlineData(30000, 1_000_001, false)]
    public void Tells_whether_a_time_lies_on_a_whole_tick(int ticksPerQuarter, long timeSpanTicks, bool expected)
    {
        Assert.Equal(expected, new SmfTimeBase(ticksPerQuarter).IsExact(TimeSpan.FromTicks(timeSpanTicks)));
    }

    [Fact]
    public void Rejects_negative_times_and_ticks()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SmfTimeBase.Fine.ToTick(TimeSpan.FromTicks(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmfTimeBase.Fine.IsExact(TimeSpan.FromTicks(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmfTimeBase.Fine.ToTime(-1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(32768)]
    public void Rejects_resolutions_a_header_cannot_hold(int ticksPerQuarter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmfTimeBase(ticksPerQuarter));
    }

    [Fact]
    public void Refuses_to_convert_with_a_default_time_base()
    {
        Assert.Throws<InvalidOperationException>(() => default(SmfTimeBase).ToTick(TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => SmfTimeBase.ForFrameRate(default));
    }

    [Theory]
    [InlineData(960, "PPQ 960 at 120 BPM")]
    [InlineData(30000, "PPQ 30000 at 120 BPM")]
    public void Describes_itself_by_resolution_and_tempo(int ticksPerQuarter, string expected)
    {
        Assert.Equal(expected, new SmfTimeBase(ticksPerQuarter).ToString());
    }
}
