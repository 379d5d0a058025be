using System.Diagnostics;
using System.Text;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>
/// The built <c>pix2midi</c> on a terminal of its own (a pseudo-terminal made by <c>script</c>),
/// which the test can pause with Ctrl+S and resume with Ctrl+Q as a user at a keyboard would: while
/// it is paused, every write to it (standard output and error alike) waits.
/// </summary>
public sealed class PausableTerminal : IDisposable
{
    private const string PidFile = "pix2midi.pid";
    private readonly Process _script;
    private readonly StringBuilder _text = new();
    private readonly Task _reading;

    private PausableTerminal(Process script, string folder)
    {
        _script = script;
        Folder = folder;
        _reading = Task.WhenAll(Read(script.StandardOutput), Read(script.StandardError));
    }

    /// <summary>The folder it runs in.</summary>
    public string Folder { get; }

    /// <summary>Everything the terminal showed so far, <c>\r</c> and all.</summary>
    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Whether pix2midi (and so its terminal) has ended.</summary>
    public bool HasExited => _script.HasExited;

    /// <summary>pix2midi's own process id (the terminal's shell execs it).</summary>
    public int ProcessId => int.Parse(File.ReadAllText(Path.Combine(Folder, PidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts <c>pix2midi <paramref name="args"/></c> in <paramref name="folder"/> on a new terminal.</summary>
    public static PausableTerminal Start(string folder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        string[] tool = [.. ToolCommand.Prefix, .. args];
        var command = $"echo $$ > {PidFile}; exec " + string.Join(' ', tool.Select(Quote));
        var start = new ProcessStartInfo(ExternalTool.Find("script")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in (string[])["-q", "-e", "-c", command, "/dev/null"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        start.Environment["SHELL"] = "/bin/sh";
        return new PausableTerminal(Process.Start(start)!, folder);
    }

    /// <summary>Ctrl+S: the terminal stops showing, and writes to it wait.</summary>
    public void Pause() => Type('\u0013');

    /// <summary>Ctrl+Q: the terminal shows again.</summary>
    public void Resume() => Type('\u0011');

    /// <summary>Waits until the terminal has shown <paramref name="text"/>.</summary>
    public Task<bool> WaitForTextAsync(string text, TimeSpan timeout) =>
        Receiver.WaitUntilAsync(() => Text.Contains(text, StringComparison.Ordinal), timeout);

    /// <summary>
    /// Waits for pix2midi to end and returns its exit status (128 + n when a signal ended it); fails
    /// the test when the terminal showed a defect (<see cref="ToolDefects"/>).
    /// </summary>
    public async Task<int> ExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _script.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"pix2midi did not end within {timeout}; its terminal showed: {Text}");
        }

        await _reading;
        ToolDefects.Check(Text, string.Empty);
        return _script.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_script.HasExited)
            {
                if (File.Exists(Path.Combine(Folder, PidFile)))
                {
                    Receiver.TrySignal(ProcessId, "KILL");
                }

                _script.Kill(entireProcessTree: true);
                _script.WaitForExit(5000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or FormatException)
        {
            // Gone already.
        }

        _script.Dispose();
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private void Type(char key)
    {
        _script.StandardInput.Write(key);
        _script.StandardInput.Flush();
    }

    private async Task Read(StreamReader from)
    {
        var buffer = new char[4096];
        int count;
        while ((count = await from.ReadAsync(buffer)) > 0)
        {
            lock (_text)
            {
                _text.Append(buffer, 0, count);
            }
        }
    }
}
