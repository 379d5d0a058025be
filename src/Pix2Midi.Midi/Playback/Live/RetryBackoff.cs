namespace Pix2Midi.Midi.Playback.Live;

/// <summary>Waits between attempts to reopen a source: the first, then doubling up to a maximum.</summary>
/// <remarks>Used by the capture thread only.</remarks>
public sealed class RetryBackoff
{
    private readonly TimeSpan _first;
    private readonly TimeSpan _max;

    /// <summary>Starts at <paramref name="first"/> and doubles up to <paramref name="max"/>.</summary>
    public RetryBackoff(TimeSpan first, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(first, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, first);
        _first = first;
        _max = max;
        Next = first;
    }

    /// <summary>The wait before the next attempt.</summary>
    public TimeSpan Next { get; private set; }

    /// <summary>Failed attempts since the last <see cref="Reset"/>.</summary>
    public int Attempts { get; private set; }

    /// <summary>Takes the wait before the next attempt and doubles the one after it.</summary>
    public TimeSpan Take()
    {
        var wait = Next;
        Attempts++;
        Next = TimeSpan.FromTicks(Math.Min(_max.Ticks, Next.Ticks * 2));
        return wait;
    }

    /// <summary>Back to the first wait, after the source has worked again.</summary>
    public void Reset()
    {
        Next = _first;
        Attempts = 0;
    }
}
