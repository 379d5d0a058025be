namespace Pix2Midi.Video.Files;

/// <summary>
/// Counts the frames a decoder skipped because they were damaged, and finds where they were,
/// from the decoder's failures and the gaps they leave in the frames' timestamps.
/// </summary>
/// <remarks>
/// <para>
/// A decoder reports a failure roughly where it happens in decoding order, which can be a few
/// frames away from where the lost frame would have been shown (B-frames, frame threads). The
/// frame is missing from the timestamps, though: two good frames more than 1.5 nominal frame
/// durations apart, around the failure. So a gap within <see cref="Window"/> frames of a failure
/// counts round(gap ÷ frame duration) − 1 skipped frames at its place; a failure with no such gap
/// (no nominal rate, or damage the decoder concealed in a neighbour) counts one frame just after
/// the last good one. The count is never below the number of failures. Gaps far from any failure
/// are the video's own (variable frame rate) and are left alone.
/// </para>
/// <para>Feeds are in reading order. Nothing is allocated until the first failure.</para>
/// </remarks>
internal sealed class DamageTracker
{
    /// <summary>How many frames away from a failure a gap still counts as its doing.</summary>
    public const int Window = 16;

    private readonly long _frameTicks;
    private readonly Gap[] _recent = new Gap[Window];
    private int _recentNext;
    private long _claimUntil = -1;
    private long _previousIndex = -1;
    private TimeSpan _previous;
    private List<FailureAt>? _failures;
    private List<SkippedSpan>? _gaps;
    private int _failureCount;
    private int _gapFrames;

    /// <summary>Creates a tracker for a video whose frames are nominally <paramref name="frameDuration"/> apart (null: unknown).</summary>
    public DamageTracker(TimeSpan? frameDuration)
    {
        _frameTicks = frameDuration is { Ticks: > 0 } d ? d.Ticks : 0;
        Array.Fill(_recent, new Gap(-1, default, default, 0));
    }

    /// <summary>How many frames were skipped so far.</summary>
    public int Skipped => Math.Max(_failureCount, _gapFrames);

    /// <summary>The decoder failed <paramref name="count"/> times before the frame at <paramref name="position"/>.</summary>
    /// <param name="position">The index the next good frame gets.</param>
    /// <param name="count">Failures reported there.</param>
    public void Failure(long position, int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        _failures ??= [];
        var failure = new FailureAt(position, _previousIndex < 0 ? TimeSpan.Zero : _previous, count);
        _failures.Add(failure);
        _failureCount += count;
        for (var i = 0; i < _recent.Length; i++)
        {
            if (_recent[i].Index >= 0 && _recent[i].Index >= position - Window)
            {
                Claim(_recent[i]);
                _recent[i] = new Gap(-1, default, default, 0);
            }
        }

        _claimUntil = Math.Max(_claimUntil, position + Window);
    }

    /// <summary>A good frame was read.</summary>
    public void Frame(long index, TimeSpan timestamp)
    {
        if (_previousIndex >= 0 && _frameTicks > 0)
        {
            var gap = (timestamp - _previous).Ticks;
            if (gap * 2 > _frameTicks * 3)
            {
                var missing = Math.Max(1, (int)Math.Min(int.MaxValue, Math.Round((double)gap / _frameTicks) - 1));
                var found = new Gap(index, _previous, timestamp, missing);
                if (index <= _claimUntil)
                {
                    Claim(found);
                }
                else
                {
                    _recent[_recentNext] = found;
                    _recentNext = (_recentNext + 1) % _recent.Length;
                }
            }
        }

        _previousIndex = index;
        _previous = timestamp;
    }

    /// <summary>Where frames were skipped, in video order; stretches less than <see cref="Window"/> frames apart are one.</summary>
    public IReadOnlyList<SkippedSpan> Spans()
    {
        if (_failures is null)
        {
            return [];
        }

        var spans = new List<SkippedSpan>(_gaps ?? []);
        foreach (var failure in _failures)
        {
            if (!failure.Placed)
            {
                var at = failure.After + TimeSpan.FromTicks(failure.Position == 0 ? 0 : _frameTicks);
                spans.Add(new SkippedSpan(at, at, failure.Count));
            }
        }

        spans.Sort((a, b) => a.From.CompareTo(b.From));
        var merged = new List<SkippedSpan>(spans.Count);
        // Damage to one stretch of the file often leaves every other frame: one place, not many.
        var joinWithin = _frameTicks > 0 ? TimeSpan.FromTicks(_frameTicks * Window) : TimeSpan.FromSeconds(0.5);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.From - merged[^1].To <= joinWithin)
            {
                var last = merged[^1];
                merged[^1] = new SkippedSpan(last.From, span.To > last.To ? span.To : last.To, last.Frames + span.Frames);
            }
            else
            {
                merged.Add(span);
            }
        }

        // The spans count what the gaps show; the total may be higher when failures left no gap.
        var shown = merged.Sum(s => s.Frames);
        if (shown < Skipped && merged.Count > 0)
        {
            merged[^1] = merged[^1] with { Frames = merged[^1].Frames + Skipped - shown };
        }

        return merged;
    }

    private void Claim(Gap gap)
    {
        _gaps ??= [];
        var step = TimeSpan.FromTicks(_frameTicks);
        var from = gap.From + step;
        var to = gap.To - step;
        _gaps.Add(new SkippedSpan(from, to < from ? from : to, gap.Missing));
        _gapFrames += gap.Missing;
        if (_failures is not null)
        {
            foreach (var failure in _failures)
            {
                if (Math.Abs(failure.Position - gap.Index) <= Window)
                {
                    failure.Placed = true;
                }
            }
        }
    }

    private readonly record struct Gap(long Index, TimeSpan From, TimeSpan To, int Missing);

    private sealed class FailureAt(long position, TimeSpan after, int count)
    {
        public long Position { get; } = position;

        public TimeSpan After { get; } = after;

        public int Count { get; } = count;

        public bool Placed { get; set; }
    }
}
