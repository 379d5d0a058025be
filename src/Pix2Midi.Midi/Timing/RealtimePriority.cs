using Pix2Midi.Midi.Timing.Linux;
using Pix2Midi.Midi.Timing.MacOS;
using Pix2Midi.Midi.Timing.Windows;

namespace Pix2Midi.Midi.Timing;

/// <summary>
/// Real-time priority for the threads that carry MIDI timing (a player's clock thread; the live
/// capture and MIDI threads), where the OS allows it, as JACK clients do. Where it does not, the
/// thread plays on at normal priority.
/// </summary>
/// <remarks>
/// <para>
/// On a busy machine a normal thread that wakes for a frame or a due time waits for a CPU behind
/// everything else that runs: milliseconds, sometimes tens. A real-time thread runs first.
/// </para>
/// <para>
/// Per OS (docs/decisions/0011): Linux <c>SCHED_FIFO</c> at a low priority, below a JACK server's, never
/// inherited by the threads and processes the thread starts (a decoder keeps normal priority),
/// refused to a user without an <c>rtprio</c> limit; Windows the MMCSS "Pro Audio" task, else
/// the time-critical thread priority; macOS the Mach time-constraint policy. Only for the calling
/// thread, never for the process: the analysis-ahead thread of a file run and everything else
/// stay at normal priority.
/// </para>
/// <para>
/// A raised thread must never spin without bound: <see cref="SleepSpinWaiter"/> spins at most
/// <see cref="SleepSpinWaiter.RealtimeSpinWindow"/> before a due time on a raised Linux thread, and
/// every other wait of the players blocks.
/// </para>
/// </remarks>
public static class RealtimePriority
{
    [ThreadStatic]
    private static bool _raised;

    /// <summary>Whether the calling thread was raised by <see cref="RaiseCurrentThread"/> and not put back yet.</summary>
    public static bool IsCurrentThreadRaised => _raised;

    /// <summary>One line for the user when real-time priority was refused: what it costs and, on Linux, how to allow it.</summary>
    public static string RefusedHint => OperatingSystem.IsLinux()
        ? "Note: the MIDI threads run at normal priority (no real-time priority allowed), so a busy machine can delay notes by milliseconds. To allow it, as for JACK: add yourself to the audio group with an rtprio limit (@audio - rtprio 95 in /etc/security/limits.conf) and log in again."
        : "Note: the MIDI threads run at normal priority (the OS refused real-time priority), so a busy machine can delay notes by milliseconds.";

    /// <summary>Asks the OS to run the calling thread at real-time priority.</summary>
    /// <returns>Whether it does; dispose the result on this thread to put it back (a thread that ends needs no putting back).</returns>
    public static RealtimeGrant RaiseCurrentThread()
    {
        if (_raised)
        {
            // Raised already, further up the same thread: the outer grant puts it back.
            return new RealtimeGrant(true, null);
        }

        Action? restore;
        try
        {
            restore = OperatingSystem.IsLinux() ? LinuxRealtimeScheduling.TryRaise()
                : OperatingSystem.IsWindows() ? WindowsRealtimeScheduling.TryRaise()
                : OperatingSystem.IsMacOS() ? MacRealtimeScheduling.TryRaise()
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            restore = null;
        }

        if (restore is null)
        {
            return new RealtimeGrant(false, null);
        }

        _raised = true;
        return new RealtimeGrant(true, () =>
        {
            _raised = false;
            restore();
        });
    }

    /// <summary>Whether this process may raise a thread: asked on a short-lived thread of its own, so no thread of the caller's changes.</summary>
    /// <remarks>For a start-up message; the players report what their own threads got.</remarks>
    public static bool IsAllowed()
    {
        var allowed = false;
        var probe = new Thread(() =>
        {
            using var grant = RaiseCurrentThread();
            allowed = grant.Granted;
        })
        {
            IsBackground = true,
            Name = "Pix2Midi priority probe",
        };
        probe.Start();
        probe.Join();
        return allowed;
    }
}
