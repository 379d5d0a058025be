using System.Runtime.Versioning;
using static Pix2Midi.Midi.Interop.Libc;

namespace Pix2Midi.Midi.Timing.Linux;

/// <summary>Linux: <c>SCHED_FIFO</c> for the calling thread only, never inherited by what it starts.</summary>
/// <remarks>
/// <para>
/// Priority <see cref="Priority"/>: above every normal thread (which is all it takes to stop waiting
/// for a CPU behind a busy machine) and below the threads of a JACK server at its default
/// priority (10; its clients' process threads run at 5), so Pix2Midi never delays JACK's own
/// cycle, its own JACK client's included. A low priority also needs only a low <c>rtprio</c> limit.
/// </para>
/// <para>
/// <c>SCHED_RESET_ON_FORK</c> rides along: a thread or process started from a raised thread (the
/// <c>ffmpeg</c> a stream source starts on reconnecting, a runtime helper thread) starts at normal
/// priority. A normal user is refused (<c>EPERM</c>) unless the <c>RLIMIT_RTPRIO</c> limit allows
/// the priority (the audio group's <c>rtprio</c> in <c>/etc/security/limits.conf</c>) or the process has
/// <c>CAP_SYS_NICE</c>.
/// </para>
/// </remarks>
[SupportedOSPlatform("linux")]
internal static class LinuxRealtimeScheduling
{
    /// <summary>The <c>SCHED_FIFO</c> priority asked for (1–99).</summary>
    public const int Priority = 3;

    /// <summary>Raises the calling thread.</summary>
    /// <returns>How to put the thread back as it was, on the same thread; null when refused.</returns>
    public static Action? TryRaise()
    {
        var policy = SchedGetScheduler(0);
        if (policy < 0 || SchedGetParam(0, out var previous) != 0)
        {
            return null;
        }

        var basePolicy = policy & ~SchedResetOnFork;
        if (basePolicy is SchedFifo or SchedRoundRobin && previous.Priority >= Priority)
        {
            // Already real-time at least as high (the whole process started under chrt): leave it be.
            return static () => { };
        }

        if (SchedSetScheduler(0, SchedFifo | SchedResetOnFork, new SchedParam { Priority = Priority }) != 0)
        {
            return null;
        }

        return () => Restore(policy, previous.Priority);
    }

    /// <summary>Puts the calling thread back to <paramref name="policy"/> at <paramref name="priority"/>.</summary>
    private static void Restore(int policy, int priority)
    {
        if (SchedSetScheduler(0, policy, new SchedParam { Priority = priority }) != 0)
        {
            // Only a privileged thread may clear SCHED_RESET_ON_FORK; keeping it changes nothing else.
            _ = SchedSetScheduler(0, policy | SchedResetOnFork, new SchedParam { Priority = priority });
        }
    }
}
