namespace Pix2Midi.Midi.Timing;

/// <summary>The best way to wait precisely on this OS.</summary>
public static class PreciseWaiters
{
    /// <summary>A high-resolution waitable timer on Windows; sleep-then-spin elsewhere.</summary>
    public static IPreciseWaiter ForThisOs() => new SleepSpinWaiter();
}
