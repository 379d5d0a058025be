using System.Runtime.Versioning;

namespace Pix2Midi.Midi.Timing.Windows;

/// <summary>
/// Windows: the multimedia class scheduler's "Pro Audio" task (MMCSS, as audio and MIDI programs
/// use it), else <c>THREAD_PRIORITY_TIME_CRITICAL</c>. Neither needs a privilege; neither is
/// inherited by threads or processes the thread starts.
/// </summary>
/// <remarks>Written from the API documentation; not run on Windows by the tests.</remarks>
[SupportedOSPlatform("windows")]
internal static class WindowsRealtimeScheduling
{
    /// <summary>Raises the calling thread.</summary>
    /// <returns>How to put the thread back as it was, on the same thread; null when refused.</returns>
    public static Action? TryRaise()
    {
        try
        {
            uint taskIndex = 0;
            var task = Interop.Avrt.AvSetMmThreadCharacteristics(Interop.Avrt.ProAudioTask, ref taskIndex);
            if (task != 0)
            {
                return () => Interop.Avrt.AvRevertMmThreadCharacteristics(task);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No MMCSS (a stripped-down Windows): the thread priority below still helps.
        }

        var thread = Interop.Kernel32.GetCurrentThread();
        var previous = Interop.Kernel32.GetThreadPriority(thread);
        if (previous == Interop.Kernel32.ThreadPriorityErrorReturn || !Interop.Kernel32.SetThreadPriority(thread, Interop.Kernel32.ThreadPriorityTimeCritical))
        {
            return null;
        }

        return () => Interop.Kernel32.SetThreadPriority(Interop.Kernel32.GetCurrentThread(), previous);
    }
}
