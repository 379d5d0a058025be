namespace Pix2Midi.Midi.Playback.Live;

/// <summary>How a live run behaves when its source stalls or goes away.</summary>
public sealed record LiveOptions
{
    /// <summary>Send the MIDI clock (<c>--clock</c>) at the mapping's tempo to every output that carries it, from the first beat after the run starts until it ends.</summary>
    public bool Clock { get; init; }

    /// <summary>
    /// A source that has sent pictures and then sends none for this long counts as lost: every
    /// note is released at once, even while the capture thread is still waiting on the source.
    /// </summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait before the first attempt to reopen a lost source.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>The longest wait between attempts; the wait doubles from <see cref="FirstRetryDelay"/> up to this.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// End the run (<see cref="LiveStopReason.GaveUp"/>) after this long without a picture, at the
    /// start or after a loss; <see langword="null"/> retries for ever.
    /// </summary>
    public TimeSpan? GiveUpAfter { get; init; }

    /// <summary>How long stopping waits for the capture thread to leave a source that is blocking.</summary>
    public TimeSpan CaptureStopTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
