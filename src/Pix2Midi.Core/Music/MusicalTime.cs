using System.Globalization;

namespace Pix2Midi.Core.Music;

/// <summary>
/// A mapping's tempo and grid: where quantised notes and arpeggio steps fall, what the MIDI file
/// and the MIDI clock say the tempo is.
/// </summary>
/// <remarks>
/// <para>
/// The grid is counted in ticks of <see cref="TicksPerQuarter"/> (960 to a quarter note, on which
/// every division, the triplets too, is a whole number) from the start of the video; tick
/// <c>n</c> sounds at <c>n × MicrosecondsPerQuarter / 960</c> µs, rounded to the nearest 100 ns.
/// Swing moves every second line of the grid (the off-beats) later by its share of one step,
/// rounded to whole ticks.
/// </para>
/// <para>
/// The tempo is kept as whole microseconds per quarter note, as a MIDI file's tempo event holds
/// it, so the file, the clock and the grid agree exactly.
/// </para>
/// </remarks>
public sealed record MusicalTime
{
    /// <summary>The grid's resolution: ticks per quarter note.</summary>
    public const int TicksPerQuarter = 960;

    /// <summary>The tempo when a mapping sets none.</summary>
    public const double DefaultBeatsPerMinute = 120;

    /// <summary>The lowest tempo a mapping may set.</summary>
    public const double MinBeatsPerMinute = 20;

    /// <summary>The highest tempo a mapping may set.</summary>
    public const double MaxBeatsPerMinute = 400;

    /// <summary>The most swing a mapping may set.</summary>
    public const double MaxSwing = 0.75;

    /// <summary>120 BPM, frame-exact: how every mapping played before it had a tempo.</summary>
    public static MusicalTime Default { get; } = new(DefaultBeatsPerMinute, null, 0);

    /// <summary>Creates a tempo with an optional grid.</summary>
    /// <param name="beatsPerMinute">Quarter notes per minute, <see cref="MinBeatsPerMinute"/>–<see cref="MaxBeatsPerMinute"/>.</param>
    /// <param name="quantize">The grid note-ons move to, or null for frame-exact times.</param>
    /// <param name="swing">0–<see cref="MaxSwing"/>; only with a grid that is not a triplet.</param>
    public MusicalTime(double beatsPerMinute, GridDivision? quantize, double swing)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beatsPerMinute, MinBeatsPerMinute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(beatsPerMinute, MaxBeatsPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegative(swing);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(swing, MaxSwing);
        if (swing > 0 && quantize is { IsTriplet: true })
        {
            throw new ArgumentException("Swing needs an even grid, not a triplet one.", nameof(swing));
        }

        BeatsPerMinute = beatsPerMinute;
        MicrosecondsPerQuarter = (int)Math.Round(60e6 / beatsPerMinute, MidpointRounding.AwayFromZero);
        Quantize = quantize;
        Swing = quantize is null ? 0 : swing;
    }

    /// <summary>The tempo as set, in quarter notes per minute.</summary>
    public double BeatsPerMinute { get; }

    /// <summary>The tempo as a MIDI file and the clock hold it: whole microseconds per quarter note.</summary>
    public int MicrosecondsPerQuarter { get; }

    /// <summary>The grid note-ons move to, or null for frame-exact times.</summary>
    public GridDivision? Quantize { get; }

    /// <summary>The share of a step every second grid line is moved later, 0–0.75.</summary>
    public double Swing { get; }

    /// <summary>Whether note-ons move to a grid.</summary>
    public bool Quantizes => Quantize is not null;

    /// <summary>The video time of grid tick <paramref name="tick"/> (960 to a quarter note), to the nearest 100 ns.</summary>
    public TimeSpan TimeOfTick(long tick)
    {
        // tick × µs/quarter / 960 µs = tick × µs/quarter × 10 / 960 TimeSpan ticks; rounded half up.
        var numerator = (Int128)tick * MicrosecondsPerQuarter * 10;
        var (quotient, remainder) = Int128.DivRem(numerator, TicksPerQuarter);
        return TimeSpan.FromTicks((long)(remainder * 2 >= TicksPerQuarter ? quotient + 1 : quotient));
    }

    /// <summary>The grid tick whose time is nearest at or before <paramref name="time"/>.</summary>
    public long TickAtOrBefore(TimeSpan time)
    {
        var tick = (long)((Int128)time.Ticks * TicksPerQuarter / ((Int128)MicrosecondsPerQuarter * 10));
        while (tick > 0 && TimeOfTick(tick) > time)
        {
            tick--;
        }

        while (TimeOfTick(tick + 1) <= time)
        {
            tick++;
        }

        return tick;
    }

    /// <summary>The tick of line <paramref name="index"/> of a grid of <paramref name="division"/> (every odd line swung).</summary>
    public long LineTick(GridDivision division, long index)
    {
        ArgumentNullException.ThrowIfNull(division);
        var swung = (index & 1) == 1 && !division.IsTriplet && Swing > 0;
        return (index * division.Ticks) + (swung ? (long)Math.Round(Swing * division.Ticks, MidpointRounding.AwayFromZero) : 0);
    }

    /// <summary>The index of the first line of <paramref name="division"/>'s grid at or after <paramref name="time"/>.</summary>
    public long LineAtOrAfter(GridDivision division, TimeSpan time)
    {
        ArgumentNullException.ThrowIfNull(division);
        if (time <= TimeSpan.Zero)
        {
            return 0;
        }

        var index = TickAtOrBefore(time) / division.Ticks;
        while (index > 0 && TimeOfTick(LineTick(division, index - 1)) >= time)
        {
            index--;
        }

        while (TimeOfTick(LineTick(division, index)) < time)
        {
            index++;
        }

        return index;
    }

    /// <summary>The time of line <paramref name="index"/> of <paramref name="division"/>'s grid.</summary>
    public TimeSpan LineTime(GridDivision division, long index) => TimeOfTick(LineTick(division, index));

    /// <summary>The first line of the quantise grid at or after <paramref name="time"/>; <paramref name="time"/> itself without a grid.</summary>
    public TimeSpan NextLine(TimeSpan time) =>
        Quantize is { } grid ? LineTime(grid, LineAtOrAfter(grid, time)) : time;

    /// <summary>The first quarter-note beat at or after <paramref name="time"/>.</summary>
    public TimeSpan NextBeat(TimeSpan time) => TimeOfTick(BeatAtOrAfter(time) * TicksPerQuarter);

    /// <summary>The index (from 0 at the start of the video) of the first quarter-note beat at or after <paramref name="time"/>.</summary>
    public long BeatAtOrAfter(TimeSpan time)
    {
        if (time <= TimeSpan.Zero)
        {
            return 0;
        }

        var beat = TickAtOrBefore(time) / TicksPerQuarter;
        return TimeOfTick(beat * TicksPerQuarter) >= time ? beat : beat + 1;
    }

    /// <summary>Describes the tempo and grid, such as "100 BPM, quantised to 1/16, swing 0.3".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{BeatsPerMinute:0.##} BPM{(Quantize is { } q ? $", quantised to {q.Name}" : string.Empty)}{(Swing > 0 ? $", swing {Swing:0.##}" : string.Empty)}");
}
