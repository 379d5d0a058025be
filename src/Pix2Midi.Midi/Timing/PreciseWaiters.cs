using Pix2Midi.Midi.Timing.Windows;

namespace Pix2Midi.Midi.Timing;

/// <summary>The best way to wait precisely on this OS.</summary>
public static class PreciseWaiters
{
    /// <summary>A high-resolution waitable timer on Windows; sleep-then-spin elsewhere.</summary>
    /// <remarks>The caller owns the result: dispose it when it is <see cref="IDisposable"/>.</remarks>
    public static IPreciseWaiter ForThisOs() => OperatingSystem.IsWindows() ? new WaitableTimerWaiter() : new SleepSpinWaiter();
}
