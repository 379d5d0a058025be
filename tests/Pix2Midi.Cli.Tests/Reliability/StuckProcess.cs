using System.Text;

namespace Pix2Midi.Cli.Tests.Reliability;

/// <summary>What a process that stopped making progress was doing, for the failure message: its threads and where each waits.</summary>
public static class StuckProcess
{
    /// <summary>
    /// Each thread's name and kernel wait channel (Linux <c>/proc</c>), and with <c>gdb</c> on PATH
    /// the native stack of every thread; an empty string where neither can be read.
    /// </summary>
    public static string Describe(int pid)
    {
        var text = new StringBuilder();
        var tasks = $"/proc/{pid}/task";
        if (Directory.Exists(tasks))
        {
            try
            {
                text.Append("threads: ");
                foreach (var task in Directory.GetDirectories(tasks))
                {
                    text.Append($"{Read(Path.Combine(task, "comm"))} ({Read(Path.Combine(task, "wchan"))}); ");
                }
            }
            catch (IOException)
            {
                // It ended meanwhile.
            }
        }

        if (ExternalTool.Find("gdb") is not null)
        {
            var gdb = ExternalTool.Run("gdb", ["-p", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "-batch", "-ex", "thread apply all bt 12"], TimeSpan.FromSeconds(60));
            text.Append("\ngdb: ").Append(string.Join('\n', gdb.StandardOutput.Split('\n').Where(l => l.StartsWith('#') || l.StartsWith("Thread", StringComparison.Ordinal))));
        }

        return text.ToString();
    }

    /// <summary>Whether the JACK server still answers a new client (<c>jack_lsp</c>), and how fast.</summary>
    public static string ServerAnswers(JackRig rig)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lsp = ExternalTool.Run("jack_lsp", [], TimeSpan.FromSeconds(10), environment: rig.Environment.ToDictionary());
        return $"jack_lsp exited {lsp.ExitCode} after {clock.ElapsedMilliseconds} ms: {string.Join(' ', lsp.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))} {lsp.StandardError.Trim()}";
    }

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file).Trim();
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
