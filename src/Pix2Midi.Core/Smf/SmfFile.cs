namespace Pix2Midi.Core.Smf;

/// <summary>A Standard MIDI File as read by <see cref="SmfReader"/>.</summary>
/// <param name="Format">0 (one track), 1 (simultaneous tracks) or 2 (independent sequences).</param>
/// <param name="TicksPerQuarter">The header's division: ticks per quarter note.</param>
/// <param name="Tracks">The track chunks in file order; other chunk types are skipped.</param>
public sealed record SmfFile(int Format, int TicksPerQuarter, IReadOnlyList<SmfTrack> Tracks)
{
    /// <summary>The tempo a file plays at until its first tempo event: 120 BPM.</summary>
    public const int DefaultMicrosecondsPerQuarter = 500_000;

    /// <summary>
    /// The channel messages of every track merged by tick; at equal ticks, earlier tracks come
    /// first and each track keeps its own order.
    /// </summary>
    public IEnumerable<SmfEvent> ChannelEvents =>
        Tracks.SelectMany(static t => t.Events).Where(static e => e.IsChannelMessage).OrderBy(static e => e.Tick);

    /// <summary>The tempo events of every track by tick, in the same order as <see cref="ChannelEvents"/>.</summary>
    public IEnumerable<SmfEvent> TempoEvents =>
        Tracks.SelectMany(static t => t.Events).Where(static e => e.MicrosecondsPerQuarter is not null).OrderBy(static e => e.Tick);

    /// <summary>
    /// The tempo in force at <paramref name="tick"/> in microseconds per quarter note: that of the
    /// last tempo event at or before it, or 500,000 (120 BPM) when there is none.
    /// </summary>
    public int MicrosecondsPerQuarterAt(long tick)
    {
        var tempo = DefaultMicrosecondsPerQuarter;
        foreach (var e in TempoEvents)
        {
            if (e.Tick > tick)
            {
                break;
            }

            tempo = e.MicrosecondsPerQuarter!.Value;
        }

        return tempo;
    }

    /// <summary>The time of <paramref name="tick"/> from the start, following the file's tempo changes.</summary>
    /// <remarks>Exact to the microsecond sum, then rounded to 100 ns.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tick"/> is negative.</exception>
    public TimeSpan ToTime(long tick)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tick);

        // Sum of ticks × µs-per-quarter over each tempo's stretch, divided once by PPQ at the end.
        Int128 tickMicroseconds = 0;
        var from = 0L;
        var tempo = DefaultMicrosecondsPerQuarter;
        foreach (var e in TempoEvents)
        {
            if (e.Tick >= tick)
            {
                break;
            }

            tickMicroseconds += (Int128)(e.Tick - from) * tempo;
            from = e.Tick;
            tempo = e.MicrosecondsPerQuarter!.Value;
        }

        tickMicroseconds += (Int128)(tick - from) * tempo;
        var hundredNanoseconds = tickMicroseconds * 10;
        var (quotient, remainder) = Int128.DivRem(hundredNanoseconds, TicksPerQuarter);
        return TimeSpan.FromTicks((long)(remainder * 2 >= TicksPerQuarter ? quotient + 1 : quotient));
    }
}
