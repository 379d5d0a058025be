using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>A waiter that never waits: the schedule without the wall clock, for logic tests.</summary>
public sealed class InstantWaiter : IPreciseWaiter
{
    public bool WaitUntil(long stopwatchTimestamp, CancellationToken cancellationToken) => !cancellationToken.IsCancellationRequested;
}
