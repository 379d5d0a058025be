using System.Diagnostics;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>
/// An <c>ffmpeg</c> child process that writes to our pipes: started with its standard input
/// closed, its standard error captured, killed when a token is cancelled, and killed and waited
/// for when stopped or disposed. Used by <see cref="FfmpegFileSource"/> and
/// <see cref="Streams.StreamSource"/>.
/// </summary>
/// <remarks>
/// <see cref="Kill"/>, <see cref="Stop"/> and <see cref="Dispose"/> may come from any thread; once
/// stopped, <see cref="Kill"/> does nothing, so a late cancellation or watchdog never touches a
/// released process.
/// </remarks>
internal sealed class FfmpegProcess : IDisposable
{
    private readonly Process _process;
    private readonly bool _killTree;
    private readonly Lock _lock = new();
    private CancellationTokenRegistration _registration;
    private string? _killedBecause;
    private bool _stopped;

    private FfmpegProcess(Process process, bool killTree)
    {
        _process = process;
        _killTree = killTree;
    }

    /// <summary>The program's standard output, where it writes the pictures.</summary>
    public Stream Output => _process.StandardOutput.BaseStream;

    /// <summary>The program's standard error, for a caller that reads the log itself (no <c>errorLines</c> given to <see cref="Start"/>).</summary>
    public Stream Error => _process.StandardError.BaseStream;

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the program has exited.</summary>
    /// <exception cref="InvalidOperationException">The process has been released.</exception>
    public bool HasExited => _process.HasExited;

    /// <summary>The program's exit code, once it has exited.</summary>
    /// <exception cref="InvalidOperationException">It has not exited, or the process has been released.</exception>
    public int ExitCode => _process.ExitCode;

    /// <summary>Whether <see cref="Stop"/> (or <see cref="Dispose"/>) has begun, and the reason the first <see cref="Kill"/> gave.</summary>
    public (bool Stopped, string? KilledBecause) Status
    {
        get
        {
            lock (_lock)
            {
                return (_stopped, _killedBecause);
            }
        }
    }

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/>.</summary>
    /// <param name="program">The <c>ffmpeg</c> to run.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="what">What it reads, for the message when it cannot be started.</param>
    /// <param name="errorLines">Receives each line of its standard error on a thread of the runtime; null to read <see cref="Error"/> yourself.</param>
    /// <param name="killTree">Kill the program's children too.</param>
    /// <param name="noColour">Ask FFmpeg's log for no colour codes (<c>AV_LOG_FORCE_NOCOLOR</c>).</param>
    /// <param name="detail">Turns the operating system's reason into the words in brackets of the message.</param>
    /// <exception cref="FrameSourceException">The program cannot be started.</exception>
    public static FfmpegProcess Start(string program, IEnumerable<string> arguments, string what, Action<string?>? errorLines, bool killTree, bool noColour, Func<string, string> detail)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(detail);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (noColour)
        {
            start.Environment["AV_LOG_FORCE_NOCOLOR"] = "1";
        }

        var process = new Process { StartInfo = start };
        if (errorLines is not null)
        {
            process.ErrorDataReceived += (_, e) => errorLines(e.Data);
        }

        try
        {
            if (!process.Start())
            {
                process.Dispose();
                throw new FrameSourceException($"{what}: could not start {program}");
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new FrameSourceException($"{what}: could not start {program} ({detail(e.Message)})", e);
        }

        process.StandardInput.Close();
        if (errorLines is not null)
        {
            process.BeginErrorReadLine();
        }

        return new FfmpegProcess(process, killTree);
    }

    /// <summary>Kills the program when <paramref name="cancellationToken"/> is cancelled, with <paramref name="because"/> as the reason.</summary>
    public void KillOnCancel(CancellationToken cancellationToken, string? because) =>
        _registration = cancellationToken.Register(() => Kill(because));

    /// <summary>Kills the program unless it has been stopped; the first reason given is kept (<see cref="Status"/>).</summary>
    public void Kill(string? because)
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            _killedBecause ??= because;
            KillProcess();
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the program to exit.</summary>
    /// <exception cref="InvalidOperationException">The process has been released.</exception>
    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    /// <summary>Waits for the program to exit and for its standard error to be read to the end.</summary>
    /// <exception cref="InvalidOperationException">The process has been released.</exception>
    public void WaitForExit() => _process.WaitForExit();

    /// <summary>Stops the program for good, once: no more kills on cancellation, killed, waited for up to 2 s. The process stays until <see cref="Dispose"/>.</summary>
    /// <returns><see langword="false"/> when it was already stopped.</returns>
    public bool Stop()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return false;
            }

            _stopped = true;
        }

        _registration.Dispose();
        KillProcess();
        try
        {
            _process.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
        }

        return true;
    }

    /// <summary>Stops the program (see <see cref="Stop"/>) and releases the process and its pipes.</summary>
    public void Dispose()
    {
        _ = Stop();
        _process.Dispose();
    }

    private void KillProcess()
    {
        try
        {
            if (!_process.HasExited)
            {
                if (_killTree)
                {
                    _process.Kill(entireProcessTree: true);
                }
                else
                {
                    _process.Kill();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Not started, already gone or disposed.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting by itself at this very moment.
        }
    }
}
