namespace Pix2Midi.Midi.Timing.Windows;

/// <summary>The arithmetic of <see cref="WaitableTimerWaiter"/>: Stopwatch ticks to a waitable timer's due time, and when to spin.</summary>
internal static class WaitableTimerMath
{
    /// <summary>100 ns units per second: the unit of <c>SetWaitableTimer</c>'s due time.</summary>
    public const long HundredNanosecondsPerSecond = 10_000_000;

    /// <summary><paramref name="window"/> in Stopwatch ticks at <paramref name="frequency"/>, rounded up.</summary>
    public static long SpinTicks(TimeSpan window, long frequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        var ticks = (Int128)Math.Max(window.Ticks, 0) * frequency;
        return (long)((ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond);
    }

    /// <summary>Whether what is left until <paramref name="target"/> is short enough to spin rather than sleep.</summary>
    public static bool ShouldSpin(long now, long target, long spinTicks) => target - now <= spinTicks;

    /// <summary>
    /// The due time to give <c>SetWaitableTimer</c> so it fires <paramref name="spinTicks"/> before
    /// <paramref name="target"/>: negative (relative to now) in 100 ns units, at least one unit; 0 when
    /// there is no time left to sleep.
    /// </summary>
    /// <param name="now">Stopwatch timestamp now.</param>
    /// <param name="target">Stopwatch timestamp to wake for.</param>
    /// <param name="spinTicks">How long before <paramref name="target"/> to wake, in Stopwatch ticks.</param>
    /// <param name="frequency"><see cref="System.Diagnostics.Stopwatch.Frequency"/>.</param>
    /// <remarks>Rounds toward zero, so the timer never fires later than asked; overflow-safe for any timestamps.</remarks>
    public static long RelativeDueTime(long now, long target, long spinTicks, long frequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        var sleepTicks = (Int128)target - spinTicks - now;
        if (sleepTicks <= 0)
        {
            return 0;
        }

        var units = sleepTicks * HundredNanosecondsPerSecond / frequency;
        return units < 1 ? -1 : -(long)Int128.Min(units, long.MaxValue);
    }
}
