namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>
/// The ratio between macOS host ticks (<c>mach_absolute_time</c>, the clock of <c>MIDITimeStamp</c>)
/// and nanoseconds, as <c>mach_timebase_info</c> gives it: nanoseconds = ticks × numer / denom.
/// </summary>
/// <remarks>
/// 125/3 on Apple silicon (24 MHz ticks), 1/1 on Intel. All products are taken in 128 bits, so no
/// value a 64-bit clock can hold overflows; results beyond 64 bits saturate.
/// </remarks>
/// <param name="Numer">Numerator, not zero.</param>
/// <param name="Denom">Denominator, not zero.</param>
internal readonly record struct MachTimebase(uint Numer, uint Denom)
{
    /// <summary>1 tick = 1 ns (Intel Macs).</summary>
    public static MachTimebase Identity => new(1, 1);

    /// <summary>The timebase <c>mach_timebase_info</c> reported, or <see cref="Identity"/> if it reported a zero.</summary>
    public static MachTimebase From(uint numer, uint denom) => numer == 0 || denom == 0 ? Identity : new MachTimebase(numer, denom);

    /// <summary>Host ticks in <paramref name="nanoseconds"/>, rounded down.</summary>
    public ulong NanosecondsToTicks(ulong nanoseconds) => Saturate((UInt128)nanoseconds * Denom / Numer);

    /// <summary>Nanoseconds in <paramref name="ticks"/> host ticks, rounded down.</summary>
    public ulong TicksToNanoseconds(ulong ticks) => Saturate((UInt128)ticks * Numer / Denom);

    /// <summary>Stopwatch ticks at <paramref name="frequency"/> per second, in nanoseconds (truncated toward zero).</summary>
    public static long StopwatchTicksToNanoseconds(long ticks, long frequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        if (frequency == 1_000_000_000)
        {
            return ticks;
        }

        var nanoseconds = (Int128)ticks * 1_000_000_000 / frequency;
        return (long)Int128.Clamp(nanoseconds, long.MinValue, long.MaxValue);
    }

    /// <summary>
    /// The host time at which a Stopwatch timestamp falls, from one reading of both clocks taken
    /// together (<paramref name="nowTimestamp"/>, <paramref name="nowHostTicks"/>). Never 0, which
    /// CoreMIDI reads as "now" (MIDISend) or as a bogus time (MIDIReceived).
    /// </summary>
    /// <param name="dueTimestamp">The Stopwatch timestamp to convert; may be in the past.</param>
    /// <param name="nowTimestamp">Stopwatch timestamp now.</param>
    /// <param name="nowHostTicks"><c>mach_absolute_time()</c> now.</param>
    /// <param name="frequency"><see cref="System.Diagnostics.Stopwatch.Frequency"/>.</param>
    /// <remarks>
    /// Only the clocks' rates are assumed, not a shared origin, so this holds whatever clock
    /// .NET's Stopwatch reads (on macOS it is the same uptime clock, in nanoseconds).
    /// </remarks>
    public ulong HostTimeAt(long dueTimestamp, long nowTimestamp, ulong nowHostTicks, long frequency)
    {
        var deltaTicks = (long)Int128.Clamp((Int128)dueTimestamp - nowTimestamp, long.MinValue, long.MaxValue);
        var delta = StopwatchTicksToNanoseconds(deltaTicks, frequency);
        ulong result;
        if (delta >= 0)
        {
            var ahead = NanosecondsToTicks((ulong)delta);
            result = ahead > ulong.MaxValue - nowHostTicks ? ulong.MaxValue : nowHostTicks + ahead;
        }
        else
        {
            var behind = NanosecondsToTicks(0UL - (ulong)delta);
            result = behind >= nowHostTicks ? 0 : nowHostTicks - behind;
        }

        return Math.Max(result, 1UL);
    }

    private static ulong Saturate(UInt128 value) => value > ulong.MaxValue ? ulong.MaxValue : (ulong)value;
}
