using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>
/// A waiter on a virtual clock: each wait moves <see cref="Now"/> to its moment (never back) and
/// returns at once, so a test sees when, in Stopwatch time, the player would have handed each message.
/// </summary>
public sealed class VirtualWaiter : IPreciseWaiter
{
    /// <summary>The latest moment waited for.</summary>
    public long Now { get; private set; }

    public bool WaitUntil(long stopwatchTimestamp, CancellationToken cancellationToken)
    {
        Now = Math.Max(Now, stopwatchTimestamp);
        return !cancellationToken.IsCancellationRequested;
    }
}
