using Pix2Midi.Midi.Timing.Windows;

namespace Pix2Midi.Midi.Tests.Timing.Windows;

public class WaitableTimerMathTests
{
    private const long Qpc = 10_000_000; // Windows' usual Stopwatch.Frequency
    private const long Nanos = 1_000_000_000; // Linux and macOS

    [Theory]
    [InlineData(1.0, Qpc, 10_000)]
    [InlineData(1.0, Nanos, 1_000_000)]
    [InlineData(2.5, Qpc, 25_000)]
    [InlineData(1.0, 3_579_545, 3_580)] // an old ACPI PM timer: rounded up
    [InlineData(0.0, Qpc, 0)]
    public void The_spin_window_in_Stopwatch_ticks_rounds_up(double milliseconds, long frequency, long expected) =>
        Assert.Equal(expected, WaitableTimerMath.SpinTicks(TimeSpan.FromMilliseconds(milliseconds), frequency));

    [Theory]
    // now, target, spin, frequency, due (100 ns, negative = relative)
    [InlineData(1_000_000L, 1_200_000L, 10_000L, Qpc, -190_000L)] // 20 ms ahead, wake 1 ms early: 19 ms
    [InlineData(0L, 20_000_000L, 1_000_000L, Nanos, -190_000L)] // the same in nanosecond ticks
    [InlineData(0L, 1_000_150L, 1_000_000L, Nanos, -1L)] // 150 ns to sleep: one unit, never zero
    [InlineData(0L, 1_000_050L, 1_000_000L, Nanos, -1L)] // under one unit still sleeps the least the timer can
    [InlineData(0L, 1_000_199L, 1_000_000L, Nanos, -1L)] // rounds toward zero: never later than asked
    [InlineData(500L, 10_500L, 10_000L, Qpc, 0L)] // exactly inside the spin window: no timer
    [InlineData(500L, 400L, 10_000L, Qpc, 0L)] // already past
    public void The_due_time_is_relative_and_in_100ns_units(long now, long target, long spin, long frequency, long expected) =>
        Assert.Equal(expected, WaitableTimerMath.RelativeDueTime(now, target, spin, frequency));

    [Fact]
    public void Far_timestamps_do_not_overflow()
    {
        var due = WaitableTimerMath.RelativeDueTime(long.MinValue, long.MaxValue, 0, 1);

        Assert.Equal(-long.MaxValue, due);
    }

    [Theory]
    [InlineData(0L, 10_000L, 10_000L, true)]
    [InlineData(0L, 10_001L, 10_000L, false)]
    [InlineData(20_000L, 10_000L, 10_000L, true)]
    public void Spins_only_within_the_window(long now, long target, long spin, bool expected) =>
        Assert.Equal(expected, WaitableTimerMath.ShouldSpin(now, target, spin));

    [Fact]
    public void A_timer_set_from_the_due_time_wakes_within_the_spin_window()
    {
        const long now = 123_456_789;
        const long target = now + 417_000; // 41.7 ms at 10 MHz: a 24 fps frame
        var spin = WaitableTimerMath.SpinTicks(TimeSpan.FromMilliseconds(1), Qpc);

        var wake = now - WaitableTimerMath.RelativeDueTime(now, target, spin, Qpc); // 100 ns = 1 QPC tick here

        Assert.True(WaitableTimerMath.ShouldSpin(wake, target, spin));
        Assert.Equal(target - spin, wake);
    }
}
