using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pix2Midi.Cli.Commands;

/// <summary>
/// Ctrl+C (SIGINT), SIGTERM and SIGHUP for the commands that play or write (<c>run</c>, <c>live</c>,
/// <c>render</c>, <c>test-note</c>): the first one cancels the command's token, the command releases
/// every note and writes its files, and then the process ends by that same signal, so a shell,
/// a script's loop or a service manager sees what stopped it (exit status 128 + n: 130, 143, 129).
/// </summary>
/// <remarks>
/// <para>
/// Nothing cuts the clean-up short: there is no time limit on it (it is bounded by the outputs
/// themselves: at most a second of draining each). A second signal while it runs is answered with
/// one line and otherwise ignored. Only if the clean-up is still running <see cref="ForceAfter"/>
/// after the first signal (something is stuck) does a further signal end the process at once.
/// </para>
/// <para>
/// On Unix the handler of the first signal waits until <see cref="Finish"/> and then lets the
/// runtime apply the signal's default action, which ends the process by that signal. On Windows
/// (Ctrl+C only; a closed console window cannot be held up) the exit code is returned instead.
/// A signal that arrives before <see cref="Listen"/> has its default action: the process ends at
/// once, before any port or file is opened.
/// </para>
/// </remarks>
internal sealed class StopSignals(TextWriter error) : IDisposable
{
    /// <summary>How long after the first signal a further one ends the process without waiting for the clean-up.</summary>
    public static readonly TimeSpan ForceAfter = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FallbackWait = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _stop = new();
    private readonly ManualResetEventSlim _finished = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signal;
    private long _firstAt;
    private int _toldStillStopping;
    private volatile bool _endBySignal;

    /// <summary>The signal that stopped the command, if one came.</summary>
    public PosixSignal? Received => Volatile.Read(ref _signal) is var signal and not 0 ? (PosixSignal)signal : null;

    /// <summary>What the process exits with when stopped by <paramref name="signal"/>: 128 + its number.</summary>
    public static int ExitCode(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGTERM => ExitCodes.Terminated,
        PosixSignal.SIGHUP => ExitCodes.HungUp,
        _ => ExitCodes.Interrupted,
    };

    /// <summary>Starts answering the signals; returns the token they cancel.</summary>
    public CancellationToken Listen()
    {
        if (OperatingSystem.IsBrowser() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS() || OperatingSystem.IsAndroid())
        {
            return _stop.Token;
        }

        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
        if (!OperatingSystem.IsWindows())
        {
            // A closed terminal or SSH session: on Windows the OS ends the process regardless.
            _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal));
        }

        return _stop.Token;
    }

    /// <summary>
    /// Called with the command's exit code once everything is written. After a signal, on Unix,
    /// the process ends here by that signal; the return value is then only a fallback.
    /// </summary>
    public int Finish(int code)
    {
        if (Received is not { } signal)
        {
            return code;
        }

        if (!OperatingSystem.IsWindows())
        {
            _endBySignal = true;
            _finished.Set();

            // The first signal's handler now returns without cancelling its default action, and the
            // runtime ends the process by the signal; this thread only waits for that.
            Thread.Sleep(FallbackWait);
        }

        return ExitCode(signal);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
        _finished.Set();
    }

    /// <summary>Runs on a thread of the runtime's, one per signal.</summary>
    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) == 0)
        {
            Volatile.Write(ref _firstAt, Stopwatch.GetTimestamp());
            try
            {
                _stop.Cancel();
            }
            catch (AggregateException)
            {
                // A callback of the token failed; the command still sees the cancellation.
            }

            if (!OperatingSystem.IsWindows())
            {
                _finished.Wait();
                context.Cancel = !_endBySignal;
            }

            return;
        }

        if (_finished.IsSet)
        {
            return;
        }

        if (Stopwatch.GetElapsedTime(Volatile.Read(ref _firstAt)) >= ForceAfter)
        {
            // Stuck: let the default action end the process now.
            context.Cancel = false;
            return;
        }

        if (Interlocked.Exchange(ref _toldStillStopping, 1) == 0)
        {
            try
            {
                error.WriteLine($"Still stopping: releasing every note and writing the files first (a signal {ForceAfter.TotalSeconds:0} s after the first ends Pix2Midi at once).");
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The terminal is gone (SIGHUP): nobody to tell.
            }
        }
    }
}
