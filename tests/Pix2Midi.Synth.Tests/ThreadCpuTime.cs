using System.Globalization;

namespace Pix2Midi.Synth.Tests;

/// <summary>
/// The CPU time the calling thread has used, from Linux's <c>/proc/thread-self/schedstat</c>
/// (nanoseconds on a CPU): a speed measure that a loaded machine does not inflate as it does wall time.
/// </summary>
internal static class ThreadCpuTime
{
    /// <summary>The calling thread's CPU time so far, or null where the kernel does not tell it.</summary>
    public static TimeSpan? Now()
    {
        try
        {
            var text = File.ReadAllText("/proc/thread-self/schedstat");
            var nanoseconds = long.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
            return TimeSpan.FromTicks(nanoseconds / 100);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
