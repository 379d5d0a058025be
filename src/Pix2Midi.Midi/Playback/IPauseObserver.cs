namespace Pix2Midi.Midi.Playback;

/// <summary>
/// An <see cref="IPlaybackObserver"/> that also wants to know when the clock of a
/// <see cref="RealtimePlayer"/> stops and starts again (<see cref="RealtimePlayer.Pause"/>).
/// </summary>
/// <remarks>Called on the player's clock thread: must be quick and must not allocate.</remarks>
public interface IPauseObserver
{
    /// <summary>The clock has stopped and every sounding note has been sent its note-off.</summary>
    /// <param name="position">The video time (across loops) of the last frame played before it stopped.</param>
    void OnPaused(TimeSpan position);

    /// <summary>The clock goes on; the notes that were sounding at the pause have been sent again.</summary>
    /// <param name="pausedFor">How long it stood still: every later frame is due that much later.</param>
    void OnResumed(TimeSpan pausedFor);
}
