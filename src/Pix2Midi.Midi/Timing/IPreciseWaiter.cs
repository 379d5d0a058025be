namespace Pix2Midi.Midi.Timing;

/// <summary>Waits until a moment on the <see cref="System.Diagnostics.Stopwatch"/> clock, as precisely as the OS allows.</summary>
/// <remarks>
/// Never <c>Task.Delay</c> or a timer callback: their granularity is milliseconds. Implementations
/// sleep until shortly before the moment and spin for the rest, or use an OS high-resolution
/// timer. Called from the player's thread only.
/// </remarks>
public interface IPreciseWaiter
{
    /// <summary>Returns at or just after <paramref name="stopwatchTimestamp"/>, or at once if it has passed.</summary>
    /// <returns><see langword="false"/> when <paramref name="cancellationToken"/> was cancelled first.</returns>
    bool WaitUntil(long stopwatchTimestamp, CancellationToken cancellationToken);
}
