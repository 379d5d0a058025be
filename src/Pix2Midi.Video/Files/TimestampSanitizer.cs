namespace Pix2Midi.Video.Files;

/// <summary>
/// Turns the presentation times a container reports into timestamps that start at zero and
/// strictly increase, repairing the ones that do not.
/// </summary>
/// <remarks>
/// The first frame's reported time, when it is a real time (finite; negative too, as some
/// edit lists start before zero), becomes the origin: it is subtracted from every frame so the video starts at zero. A later time that is
/// missing, or not after the previous frame's (streams without timestamps report 0 for every
/// frame; broken muxers repeat or go back), is replaced by the previous timestamp plus one
/// nominal frame duration, and counted.
/// </remarks>
internal sealed class TimestampSanitizer
{
    /// <summary>Reported times beyond this (about 31 years) are treated as missing.</summary>
    private const double LargestMilliseconds = 1e12;

    private readonly long _frameTicks;
    private long _originTicks;
    private long _previousTicks;
    private bool _started;

    /// <summary>Creates a sanitizer that fills gaps with <paramref name="frameDuration"/>.</summary>
    public TimestampSanitizer(TimeSpan frameDuration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(frameDuration, TimeSpan.Zero);
        _frameTicks = frameDuration.Ticks;
    }

    /// <summary>The reported time of the first frame, subtracted from every frame.</summary>
    public TimeSpan Origin => new(_originTicks);

    /// <summary>How many reported times were missing or out of order and were replaced.</summary>
    public int Repaired { get; private set; }

    /// <summary>The last timestamp handed out.</summary>
    public TimeSpan Last => new(_previousTicks);

    /// <summary>The timestamp of the next frame, given the time its container reported.</summary>
    /// <param name="reportedMilliseconds">Milliseconds, as OpenCV's <c>CAP_PROP_POS_MSEC</c> reports them.</param>
    public TimeSpan Next(double reportedMilliseconds)
    {
        long? reported = double.IsFinite(reportedMilliseconds) && Math.Abs(reportedMilliseconds) <= LargestMilliseconds
            ? (long)Math.Round(reportedMilliseconds * TimeSpan.TicksPerMillisecond, MidpointRounding.AwayFromZero)
            : null;

        if (!_started)
        {
            _started = true;
            if (reported is not null)
            {
                _originTicks = reported.Value;
            }
            else
            {
                Repaired++;
            }

            _previousTicks = 0;
            return TimeSpan.Zero;
        }

        var ticks = reported - _originTicks;
        if (ticks is not { } valid || valid <= _previousTicks)
        {
            valid = _previousTicks + _frameTicks;
            Repaired++;
        }

        _previousTicks = valid;
        return new TimeSpan(valid);
    }
}
