using System.Runtime.Versioning;
using static Pix2Midi.Midi.Interop.LibSystem;

namespace Pix2Midi.Midi.Timing.MacOS;

/// <summary>
/// macOS: the Mach time-constraint policy for the calling thread, the real-time band CoreAudio's
/// threads use. Any user may ask for it; threads and processes the thread starts do not inherit it.
/// </summary>
/// <remarks>
/// No period (the work comes when a frame or a due time does), up to <see cref="Computation"/>
/// of CPU within <see cref="Constraint"/> of waking: a frame's analysis and sending, or a wait's
/// last spin, fit in it. A thread that overruns is demoted by the kernel, not the machine starved.
/// Written from the headers (<c>mach/thread_policy.h</c>); not run on macOS by the tests.
/// </remarks>
[SupportedOSPlatform("macos")]
internal static class MacRealtimeScheduling
{
    /// <summary>CPU time a wake-up may need.</summary>
    public static readonly TimeSpan Computation = TimeSpan.FromMilliseconds(5);

    /// <summary>Real time within which that CPU time must have been given.</summary>
    public static readonly TimeSpan Constraint = TimeSpan.FromMilliseconds(10);

    /// <summary>Raises the calling thread.</summary>
    /// <returns>How to put the thread back as it was, on the same thread; null when refused.</returns>
    public static unsafe Action? TryRaise()
    {
        if (mach_timebase_info(out var timebase) != 0 || timebase.Numer == 0 || timebase.Denom == 0)
        {
            return null;
        }

        var policy = new TimeConstraintPolicy
        {
            Period = 0,
            Computation = ToAbsolute(Computation, timebase),
            Constraint = ToAbsolute(Constraint, timebase),
            Preemptible = 1,
        };
        if (ThreadPolicySet(PthreadMachThread(PthreadSelf()), ThreadTimeConstraintPolicy, (int*)&policy, ThreadTimeConstraintPolicyCount) != 0)
        {
            return null;
        }

        return Restore;
    }

    /// <summary>Back to the standard (time-sharing) policy, which every thread starts with.</summary>
    private static unsafe void Restore()
    {
        var none = 0;
        _ = ThreadPolicySet(PthreadMachThread(PthreadSelf()), ThreadStandardPolicy, &none, 0);
    }

    /// <summary><paramref name="time"/> in <c>mach_absolute_time</c> units: nanoseconds × denom ÷ numer.</summary>
    private static uint ToAbsolute(TimeSpan time, MachTimebaseInfo timebase) =>
        (uint)Math.Min(uint.MaxValue, (ulong)(time.Ticks * 100) * timebase.Denom / timebase.Numer);
}
