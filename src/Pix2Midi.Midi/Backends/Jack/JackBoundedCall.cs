using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Pix2Midi.Midi.Backends.Jack;

/// <summary>
/// One libjack call on a thread of its own, waited for with a time limit. libjack waits for the
/// server, and for its own locks, without one: a server that is stuck (or stopped with SIGSTOP), or
/// a lock libjack left held, would otherwise hold Pix2Midi silently.
/// </summary>
/// <remarks>
/// A call that returns only after the caller gave up hands its result to the caller's clean-up
/// (a client that opened late is closed). The thread is a background one: a process that gave up
/// exits without waiting for libjack.
/// </remarks>
/// <typeparam name="T">What the call returns.</typeparam>
internal sealed class JackBoundedCall<T>
{
    private readonly object _gate = new();
    private readonly Func<T> _call;
    private readonly Action<T>? _late;
    private T? _result;
    private ExceptionDispatchInfo? _failure;
    private bool _done;
    private bool _abandoned;

    private JackBoundedCall(Func<T> call, Action<T>? late)
    {
        _call = call;
        _late = late;
    }

    /// <summary>Runs <paramref name="call"/> on a thread of its own and waits at most <paramref name="limit"/>.</summary>
    /// <param name="threadName">The thread's name, as debuggers and <c>/proc</c> show it.</param>
    /// <param name="call">The libjack call.</param>
    /// <param name="limit">How long to wait for it.</param>
    /// <param name="late">Given the result if it comes after the wait was given up, on the call's thread.</param>
    /// <param name="result">What the call returned, when it returned in time.</param>
    /// <returns>Whether the call returned in time; what it threw is thrown here.</returns>
    public static bool TryRun(string threadName, Func<T> call, TimeSpan limit, Action<T>? late, out T? result)
    {
        var attempt = new JackBoundedCall<T>(call, late);
        new Thread(attempt.Run) { IsBackground = true, Name = threadName }.Start();
        lock (attempt._gate)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
            while (!attempt._done)
            {
                var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                if (left <= TimeSpan.Zero)
                {
                    attempt._abandoned = true;
                    result = default;
                    return false;
                }

                Monitor.Wait(attempt._gate, left);
            }
        }

        attempt._failure?.Throw();
        result = attempt._result;
        return true;
    }

    private void Run()
    {
        var result = default(T);
        ExceptionDispatchInfo? failure = null;
        try
        {
            result = _call();
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }

        lock (_gate)
        {
            if (!_abandoned)
            {
                (_result, _failure, _done) = (result, failure, true);
                Monitor.PulseAll(_gate);
                return;
            }
        }

        if (failure is null && result is not null)
        {
            _late?.Invoke(result);
        }
    }
}
