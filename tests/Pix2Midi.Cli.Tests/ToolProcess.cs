using System.Diagnostics;
using System.Text;

namespace Pix2Midi.Cli.Tests;

/// <summary>
/// The built <c>pix2midi</c> running as a child process, for tests that signal it, wait for what it
/// prints, or run it next to real receivers. Its output is read line by line as it comes; its
/// standard input is closed (it reads no keys).
/// </summary>
public sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _lock = new();

    private ToolProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>What it printed on standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>What it printed on standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_lock)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>The non-empty lines of <see cref="Output"/>, trimmed.</summary>
    public string[] OutputLines => Lines(Output);

    /// <summary>The non-empty lines of <see cref="Error"/>, trimmed.</summary>
    public string[] ErrorLines => Lines(Error);

    public static ToolProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Start(ToolCommand.Prefix, workingDirectory, environment, args);

    /// <summary>Starts <paramref name="command"/> (a program and the arguments before pix2midi's own) rather than the tool under test.</summary>
    public static ToolProcess Start(string[] command, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in command.Skip(1).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start pix2midi");
        process.StandardInput.Close();
        return new ToolProcess(process);
    }

    /// <summary>Waits until the tool has printed <paramref name="text"/> (e.g. that it started playing).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (deadline.Elapsed > timeout || _process.HasExited)
            {
                throw new TimeoutException($"pix2midi did not print \"{text}\" within {timeout}: {Output} {_stderr}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the tool has printed <paramref name="text"/> on standard output.</summary>
    /// <returns>Whether it did within <paramref name="timeout"/>.</returns>
    public bool WaitForOutput(string text, TimeSpan timeout) => WaitUntilOutput(output => output.Contains(text, StringComparison.Ordinal), timeout);

    /// <summary>Waits until its standard output so far satisfies <paramref name="condition"/>.</summary>
    /// <returns>Whether it did within <paramref name="timeout"/>.</returns>
    public bool WaitUntilOutput(Func<string, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition(Output))
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            Thread.Sleep(10);
        }

        return true;
    }

    /// <summary>Sends a signal (INT, TERM, HUP) as a terminal or a service manager would.</summary>
    public void Signal(string signal) =>
        ExternalTool.Run("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).EnsureSuccess("kill");

    /// <summary>Waits for the process to end; kills it and fails after <paramref name="timeout"/>.</summary>
    public async Task<CliRun> ExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pix2midi did not end within {timeout}");
        }

        _process.WaitForExit(); // flushes the asynchronous readers
        lock (_lock)
        {
            return new CliRun(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
        }
    }

    /// <summary>Waits for the process to end (and the last of its output) and returns its exit code.</summary>
    /// <exception cref="TimeoutException">It did not end within <paramref name="timeout"/> (it is killed when disposed).</exception>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            throw new TimeoutException($"pix2midi did not end within {timeout}:\n{Output}\n{Error}");
        }

        _process.WaitForExit(); // flushes the asynchronous readers
        ToolDefects.Check(Output, Error);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended meanwhile.
        }

        _process.Dispose();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            to.Append(line).Append('\n');
        }
    }
}
