using System.Numerics;
using Pix2Midi.Midi.Backends.CoreMidi;

namespace Pix2Midi.Midi.Tests.Backends.CoreMidi;

public class MachTimebaseTests
{
    private static readonly MachTimebase AppleSilicon = new(125, 3);

    [Theory]
    [InlineData(125u, 3u, 1_000_000_000UL, 24_000_000UL)] // Apple silicon: 24 MHz
    [InlineData(125u, 3u, 41_666_667UL, 1_000_000UL)] // a 24 fps frame
    [InlineData(125u, 3u, 41UL, 0UL)] // under one tick rounds down
    [InlineData(125u, 3u, 42UL, 1UL)]
    [InlineData(1u, 1u, 1_000_000_000UL, 1_000_000_000UL)] // Intel
    [InlineData(125u, 3u, 1_000_000_000_000_000_000UL, 24_000_000_000_000_000UL)] // 31 years of uptime
    public void Converts_nanoseconds_to_host_ticks(uint numer, uint denom, ulong nanoseconds, ulong ticks) =>
        Assert.Equal(ticks, new MachTimebase(numer, denom).NanosecondsToTicks(nanoseconds));

    [Theory]
    [InlineData(125u, 3u, 24_000_000UL, 1_000_000_000UL)]
    [InlineData(125u, 3u, 1UL, 41UL)]
    [InlineData(125u, 3u, 3UL, 125UL)]
    [InlineData(1u, 1u, 12_345UL, 12_345UL)]
    public void Converts_host_ticks_to_nanoseconds(uint numer, uint denom, ulong ticks, ulong nanoseconds) =>
        Assert.Equal(nanoseconds, new MachTimebase(numer, denom).TicksToNanoseconds(ticks));

    [Fact]
    public void Large_values_are_exact_in_128_bits()
    {
        var expected = (ulong)(new BigInteger(ulong.MaxValue) * 3 / 125);

        Assert.Equal(expected, AppleSilicon.NanosecondsToTicks(ulong.MaxValue));
    }

    [Fact]
    public void Results_beyond_64_bits_saturate() =>
        Assert.Equal(ulong.MaxValue, AppleSilicon.TicksToNanoseconds(ulong.MaxValue));

    [Theory]
    [InlineData(0UL)]
    [InlineData(1_000UL)]
    [InlineData(86_400_000_000_000UL)] // a day
    [InlineData(123_456_789_012_345_678UL)]
    public void A_round_trip_loses_less_than_one_tick(ulong nanoseconds)
    {
        var back = AppleSilicon.TicksToNanoseconds(AppleSilicon.NanosecondsToTicks(nanoseconds));

        Assert.InRange(nanoseconds - back, 0UL, 41UL);
    }

    [Theory]
    [InlineData(0u, 3u)]
    [InlineData(125u, 0u)]
    public void A_zero_from_mach_timebase_info_falls_back_to_one_to_one(uint numer, uint denom) =>
        Assert.Equal(MachTimebase.Identity, MachTimebase.From(numer, denom));

    [Theory]
    [InlineData(1_500L, 1_000_000_000L, 1_500L)]
    [InlineData(15L, 10_000_000L, 1_500L)]
    [InlineData(-15L, 10_000_000L, -1_500L)]
    [InlineData(long.MaxValue, 1L, long.MaxValue)] // saturates
    public void Converts_Stopwatch_ticks_to_nanoseconds(long ticks, long frequency, long expected) =>
        Assert.Equal(expected, MachTimebase.StopwatchTicksToNanoseconds(ticks, frequency));

    [Theory]
    // due, now (Stopwatch, ns), host now, expected host ticks (125/3)
    [InlineData(1_050_000_000L, 1_000_000_000L, 5_000_000_000UL, 5_001_200_000UL)] // 50 ms ahead = 1.2 M ticks
    [InlineData(1_000_000_000L, 1_000_000_000L, 5_000_000_000UL, 5_000_000_000UL)] // now
    [InlineData(990_000_000L, 1_000_000_000L, 5_000_000_000UL, 4_999_760_000UL)] // 10 ms ago
    [InlineData(0L, 1_000_000_000L, 1_000UL, 1UL)] // before boot: clamped, never 0
    public void Stamps_a_due_Stopwatch_time_in_host_ticks(long due, long now, ulong hostNow, ulong expected) =>
        Assert.Equal(expected, AppleSilicon.HostTimeAt(due, now, hostNow, 1_000_000_000));

    [Fact]
    public void Far_future_due_times_saturate_instead_of_wrapping() =>
        Assert.Equal(ulong.MaxValue, MachTimebase.Identity.HostTimeAt(long.MaxValue, long.MinValue, ulong.MaxValue - 5, 1_000_000_000));
}
