using System.Globalization;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Smf;

/// <summary>
/// How a Standard MIDI File measures time: a tempo (microseconds per quarter note) and a
/// resolution (ticks per quarter note, the header's division).
/// </summary>
/// <remarks>
/// <para>
/// Pix2Midi always writes 120 BPM (500,000 µs per quarter) and chooses the resolution instead.
/// Ableton Live ignores a dropped file's tempo and plays it at its own, 120 BPM by default, so a
/// fixed 120 BPM keeps the notes in line with the video in real time there too; at 120 BPM a
/// second is 2 × <see cref="TicksPerQuarter"/> ticks.
/// </para>
/// <para>
/// <see cref="ForFrameRate"/> picks a resolution on which every frame of a constant-rate video
/// starts on a whole tick, so no note is moved by rounding. <c>default(SmfTimeBase)</c> has no
/// resolution and is rejected by every member that converts time.
/// </para>
/// </remarks>
public readonly record struct SmfTimeBase
{
    /// <summary>The tempo Pix2Midi writes: 500,000 µs per quarter note, 120 BPM.</summary>
    public const int DefaultMicrosecondsPerQuarter = 500_000;

    /// <summary>The largest resolution a file header can hold (its bit 15 means SMPTE time).</summary>
    public const int MaxTicksPerQuarter = 0x7FFF;

    /// <summary>The resolution <see cref="ForFrameRate"/> starts from: a value DAWs commonly use.</summary>
    public const int PreferredMinimumTicksPerQuarter = 960;

    private const long TimeSpanTicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>Creates a time base of <paramref name="ticksPerQuarter"/> at 120 BPM.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ticksPerQuarter"/> is not 1 to 32767.</exception>
    public SmfTimeBase(int ticksPerQuarter)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticksPerQuarter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ticksPerQuarter, MaxTicksPerQuarter);
        TicksPerQuarter = ticksPerQuarter;
        MicrosecondsPerQuarter = DefaultMicrosecondsPerQuarter;
    }

    /// <summary>Creates a time base of <paramref name="ticksPerQuarter"/> at a tempo of <paramref name="microsecondsPerQuarter"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of a MIDI file's range.</exception>
    public SmfTimeBase(int ticksPerQuarter, int microsecondsPerQuarter)
        : this(ticksPerQuarter)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(microsecondsPerQuarter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(microsecondsPerQuarter, 0xFFFFFF);
        MicrosecondsPerQuarter = microsecondsPerQuarter;
    }

    /// <summary>
    /// The time base for a video at <paramref name="rate"/> (null: variable rate) played with
    /// <paramref name="time"/>'s tempo: at 120 BPM without a grid exactly <see cref="ForFrameRate"/>
    /// or <see cref="Fine"/>; otherwise at the mapping's tempo, on a resolution where every frame
    /// and (quantising) every grid line falls on a whole tick, or the finest such resolution.
    /// </summary>
    public static SmfTimeBase ForVideo(FrameRate? rate, Music.MusicalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var multiple = time.Quantizes ? Music.MusicalTime.TicksPerQuarter : 1;
        if (rate is not { } r)
        {
            return FineAt(time);
        }

        CheckRate(r);
        // A frame lasts den·1e6·PPQ/(num·µs) ticks: whole when PPQ is a multiple of num·µs / gcd(num·µs, den·1e6).
        var numerator = (long)r.Numerator * time.MicrosecondsPerQuarter;
        var step = numerator / Gcd(numerator, r.Denominator * 1_000_000L);
        step = step / Gcd(step, multiple) * multiple;
        var ppq = (PreferredMinimumTicksPerQuarter + step - 1) / step * step;
        return ppq > MaxTicksPerQuarter ? FineAt(time) : new SmfTimeBase((int)ppq, time.MicrosecondsPerQuarter);
    }

    /// <summary>
    /// <see cref="Fine"/> at 120 BPM without a grid; otherwise about as fine at the mapping's tempo
    /// (30,000 ticks per quarter, a multiple of 960 when quantising so every grid line is whole).
    /// </summary>
    public static SmfTimeBase FineAt(Music.MusicalTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!time.Quantizes && time.MicrosecondsPerQuarter == DefaultMicrosecondsPerQuarter)
        {
            return Fine;
        }

        var ppq = time.Quantizes ? 30_000 / Music.MusicalTime.TicksPerQuarter * Music.MusicalTime.TicksPerQuarter : 30_000;
        return new SmfTimeBase(ppq, time.MicrosecondsPerQuarter);
    }

    /// <summary>
    /// 30,000 ticks per quarter at 120 BPM: 60,000 ticks a second.
    /// </summary>
    /// <remarks>
    /// For variable-frame-rate video and for rates with no exact resolution. A tick is 1/60,000 s,
    /// so millisecond and 1/600 s container clocks, and 24, 25, 30, 50, 60 and 30000/1001 fps,
    /// all fall on whole ticks.
    /// </remarks>
    public static SmfTimeBase Fine { get; } = new(30_000);

    /// <summary>The tempo written to the file, in microseconds per quarter note (always 500,000).</summary>
    public int MicrosecondsPerQuarter { get; }

    /// <summary>The resolution: ticks per quarter note, 1 to 32767.</summary>
    public int TicksPerQuarter { get; }

    /// <summary>Ticks per second at this tempo.</summary>
    public double TicksPerSecond => TicksPerQuarter * 1e6 / MicrosecondsPerQuarter;

    /// <summary>The tempo in beats (quarter notes) per minute.</summary>
    public double BeatsPerMinute => 60e6 / MicrosecondsPerQuarter;

    /// <summary>
    /// The smallest resolution of at least 960 on which every frame at <paramref name="rate"/>
    /// starts on a whole tick, or <see cref="Fine"/> when there is none up to 32767.
    /// </summary>
    /// <remarks>
    /// A frame at num/den fps lasts 2·PPQ·den/num ticks, which is whole exactly when PPQ is a
    /// multiple of num / gcd(num, 2·den). So 30 fps gets 960 (64 ticks a frame), 25 fps 975 (78),
    /// and 30000/1001 fps 15000 (1001).
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is <c>default</c>.</exception>
    public static SmfTimeBase ForFrameRate(FrameRate rate)
    {
        CheckRate(rate);
        var twiceDen = 2L * rate.Denominator;
        var step = rate.Numerator / Gcd(rate.Numerator, twiceDen);
        var ppq = (PreferredMinimumTicksPerQuarter + step - 1) / step * step;
        return ppq > MaxTicksPerQuarter ? Fine : new SmfTimeBase((int)ppq);
    }

    /// <summary>The tick nearest to <paramref name="time"/>, halves rounded up.</summary>
    /// <remarks>Exact integer arithmetic: no drift however long the video.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is negative.</exception>
    public long ToTick(TimeSpan time)
    {
        CheckInitialized();
        if (time < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "A MIDI file cannot hold a time before its start.");
        }

        return (long)DivideRounded((Int128)time.Ticks * TicksPerQuarter, TimeSpanTicksPerQuarter);
    }

    /// <summary>The time of <paramref name="tick"/>, rounded to the nearest 100 ns.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tick"/> is negative or beyond <see cref="TimeSpan.MaxValue"/>.</exception>
    public TimeSpan ToTime(long tick)
    {
        CheckInitialized();
        ArgumentOutOfRangeException.ThrowIfNegative(tick);
        var ticks = DivideRounded((Int128)tick * TimeSpanTicksPerQuarter, TicksPerQuarter);
        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            throw new ArgumentOutOfRangeException(nameof(tick), tick, "The tick is later than the largest TimeSpan.");
        }

        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// The length of one frame at <paramref name="rate"/> in ticks, or <see langword="null"/> when it
    /// is not a whole number of ticks (or exceeds <see cref="int.MaxValue"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is <c>default</c>.</exception>
    public int? TicksPerFrame(FrameRate rate)
    {
        CheckInitialized();
        CheckRate(rate);

        // den/num seconds = den·1e6/num µs = den·1e6·PPQ / (num·tempo) ticks.
        var numerator = (Int128)rate.Denominator * 1_000_000 * TicksPerQuarter;
        var denominator = (Int128)rate.Numerator * MicrosecondsPerQuarter;
        var ticks = Int128.DivRem(numerator, denominator);
        return ticks.Remainder == 0 && ticks.Quotient <= int.MaxValue ? (int)ticks.Quotient : null;
    }

    /// <summary>Whether <paramref name="time"/> falls on a whole tick.</summary>
    /// <remarks>
    /// The renderer uses this to check that every frame landed on the grid. A
    /// <see cref="TimeSpan"/> is rounded to 100 ns, so a frame time that lies on a tick in exact
    /// arithmetic may be up to 50 ns off in a <see cref="TimeSpan"/>: the time counts as exact
    /// when it is within 50 ns or within a thousandth of a tick of a whole tick, whichever is
    /// looser.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is negative.</exception>
    public bool IsExact(TimeSpan time)
    {
        var tick = ToTick(time);

        // Work in units of 1/(2000·PPQ) TimeSpan ticks, in which 1 TimeSpan tick is 2000·PPQ and
        // 1 MIDI tick is 2000·TimeSpanTicksPerQuarter.
        var offBy = Int128.Abs(((Int128)time.Ticks * TicksPerQuarter) - ((Int128)tick * TimeSpanTicksPerQuarter)) * 2000;
        var halfTimeSpanTick = (Int128)1000 * TicksPerQuarter;
        var thousandthOfTick = (Int128)2 * TimeSpanTicksPerQuarter;
        return offBy <= Int128.Max(halfTimeSpanTick, thousandthOfTick);
    }

    /// <summary>Describes the time base, such as "PPQ 960 at 120 BPM".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"PPQ {TicksPerQuarter} at {BeatsPerMinute:0.###} BPM");

    private long TimeSpanTicksPerQuarter => MicrosecondsPerQuarter * TimeSpanTicksPerMicrosecond;

    private static Int128 DivideRounded(Int128 numerator, Int128 denominator)
    {
        // Both are non-negative here: round half away from zero.
        var (quotient, remainder) = Int128.DivRem(numerator, denominator);
        return remainder * 2 >= denominator ? quotient + 1 : quotient;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static void CheckRate(FrameRate rate)
    {
        if (rate.Numerator <= 0 || rate.Denominator <= 0)
        {
            throw new ArgumentException("The frame rate is not set (default).", nameof(rate));
        }
    }

    private void CheckInitialized()
    {
        if (TicksPerQuarter == 0)
        {
            throw new InvalidOperationException("This SmfTimeBase is default: create one with ForFrameRate, Fine or the constructor.");
        }
    }
}
