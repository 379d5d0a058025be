using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;
using static Pix2Midi.Midi.Interop.Kernel32;

namespace Pix2Midi.Midi.Timing.Windows;

/// <summary>
/// Waits on a high-resolution waitable timer until shortly before the moment, then spins on
/// <see cref="Stopwatch"/> for the rest: Windows' <c>Sleep</c> has a 15.6 ms granularity.
/// </summary>
/// <remarks>
/// <para>
/// Uses <c>CREATE_WAITABLE_TIMER_HIGH_RESOLUTION</c> (Windows 10 1803 and later). Older Windows
/// refuses that flag: then a normal waitable timer is used with the system timer raised to 1 ms
/// (<c>timeBeginPeriod</c>) while this waiter lives, and the spin starts earlier.
/// </para>
/// <para>
/// A cancellation wakes the wait at once (the timer and the token's wait handle are waited on
/// together). Called from the player's thread only; dispose it to close the timer.
/// </para>
/// </remarks>
[SupportedOSPlatform("windows")]
public sealed class WaitableTimerWaiter : IPreciseWaiter, IDisposable
{
    /// <summary>How long before the moment a high-resolution timer wakes and spinning starts.</summary>
    public static readonly TimeSpan HighResolutionSpinWindow = TimeSpan.FromMilliseconds(1);

    /// <summary>How long before the moment a normal timer (1 ms system period) wakes and spinning starts.</summary>
    public static readonly TimeSpan FallbackSpinWindow = TimeSpan.FromMilliseconds(2.5);

    private readonly SafeWaitHandle _timer;
    private readonly long _spinTicks;
    private bool _periodRaised;

    /// <summary>Creates the timer.</summary>
    /// <exception cref="Win32Exception">Windows could not create a waitable timer.</exception>
    public WaitableTimerWaiter()
    {
        _timer = CreateWaitableTimerExW(0, 0, CreateWaitableTimerHighResolution, TimerAllAccess);
        IsHighResolution = !_timer.IsInvalid;
        if (!IsHighResolution)
        {
            var error = Marshal.GetLastPInvokeError();
            _timer.Dispose();
            if (error != ErrorInvalidParameter)
            {
                throw new Win32Exception(error, "Windows could not create a high-resolution timer.");
            }

            _timer = CreateWaitableTimerExW(0, 0, 0, TimerAllAccess);
            if (_timer.IsInvalid)
            {
                error = Marshal.GetLastPInvokeError();
                _timer.Dispose();
                throw new Win32Exception(error, "Windows could not create a waitable timer.");
            }

            _periodRaised = Interop.WinMM.timeBeginPeriod(1) == Interop.WinMM.MmResult.NoError;
        }

        SpinWindow = IsHighResolution ? HighResolutionSpinWindow : FallbackSpinWindow;
        _spinTicks = WaitableTimerMath.SpinTicks(SpinWindow, Stopwatch.Frequency);
    }

    /// <summary>Whether the timer is a high-resolution one (false on Windows before 10 1803).</summary>
    public bool IsHighResolution { get; }

    /// <summary>How long before the moment waiting stops and spinning starts.</summary>
    public TimeSpan SpinWindow { get; }

    /// <inheritdoc />
    public bool WaitUntil(long stopwatchTimestamp, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_timer.IsClosed, this);
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            var now = Stopwatch.GetTimestamp();
            if (now >= stopwatchTimestamp)
            {
                return true;
            }

            if (WaitableTimerMath.ShouldSpin(now, stopwatchTimestamp, _spinTicks))
            {
                break;
            }

            var due = WaitableTimerMath.RelativeDueTime(now, stopwatchTimestamp, _spinTicks, Stopwatch.Frequency);
            if (!SleepFor(due, cancellationToken))
            {
                return false;
            }
        }

        var spinner = default(SpinWait);
        while (Stopwatch.GetTimestamp() < stopwatchTimestamp)
        {
            if (spinner.NextSpinWillYield)
            {
                spinner = default;
            }

            spinner.SpinOnce(sleep1Threshold: -1);
        }

        return !cancellationToken.IsCancellationRequested;
    }

    /// <summary>Closes the timer and restores the system timer period if it was raised.</summary>
    public void Dispose()
    {
        if (_periodRaised)
        {
            _periodRaised = false;
            _ = Interop.WinMM.timeEndPeriod(1);
        }

        _timer.Dispose();
    }

    /// <summary>Arms the timer with <paramref name="relativeDue"/> and waits for it or the token.</summary>
    /// <returns>False when the token was cancelled.</returns>
    private unsafe bool SleepFor(long relativeDue, CancellationToken cancellationToken)
    {
        if (!SetWaitableTimer(_timer, relativeDue, 0, 0, 0, false))
        {
            // Should not happen with a valid handle; do not spin hot meanwhile.
            Thread.Sleep(1);
            return true;
        }

        if (!cancellationToken.CanBeCanceled)
        {
            if (WaitForSingleObject(_timer, Infinite) == WaitFailed)
            {
                Thread.Sleep(1);
            }

            return true;
        }

        var cancelled = cancellationToken.WaitHandle.SafeWaitHandle;
        var timerAdded = false;
        var cancelAdded = false;
        try
        {
            _timer.DangerousAddRef(ref timerAdded);
            cancelled.DangerousAddRef(ref cancelAdded);
            var handles = stackalloc nint[2];
            handles[0] = _timer.DangerousGetHandle();
            handles[1] = cancelled.DangerousGetHandle();
            var result = WaitForMultipleObjects(2, handles, false, Infinite);
            if (result == WaitFailed)
            {
                Thread.Sleep(1);
            }

            return result != WaitObject0 + 1;
        }
        finally
        {
            if (cancelAdded)
            {
                cancelled.DangerousRelease();
            }

            if (timerAdded)
            {
                _timer.DangerousRelease();
            }
        }
    }
}
