using System.Diagnostics;
using System.Globalization;

namespace Pix2Midi.Cli.Tests.Live;

/// <summary>The built <c>pix2midi</c> running as a child process, its output read line by line as it comes (to wait for a message), stopped by signals.</summary>
public sealed class LiveTool : IDisposable
{
    private readonly Process _process;

    private LiveTool(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Output.WriteLine(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => Error.WriteLine(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public SharedWriter Output { get; } = new();

    public SharedWriter Error { get; } = new();

    public int Id => _process.Id;

    public static LiveTool Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(ExternalTool.Find("dotnet") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pix2midi.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start pix2midi");
        process.StandardInput.Close();
        return new LiveTool(process);
    }

    /// <summary>Sends a signal (INT, TERM) as a terminal or a service manager would.</summary>
    public void Signal(string name) =>
        ExternalTool.Run("kill", [$"-{name}", _process.Id.ToString(CultureInfo.InvariantCulture)]).EnsureSuccess("kill");

    /// <summary>Waits for the exit (and the last of its output) and returns the exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            throw new TimeoutException($"pix2midi did not exit within {timeout}:\n{Output.Text}\n{Error.Text}");
        }

        _process.WaitForExit();
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
        }

        _process.Dispose();
    }
}
