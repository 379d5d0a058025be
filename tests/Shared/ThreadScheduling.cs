using System.Globalization;

namespace Pix2Midi.Testing;

/// <summary>A Linux thread's scheduling as the kernel reports it in <c>/proc/…/stat</c>: policy (0 normal, 1 SCHED_FIFO) and real-time priority.</summary>
public readonly record struct ThreadScheduling(int Policy, int Priority)
{
    /// <summary><c>SCHED_OTHER</c>.</summary>
    public const int Normal = 0;

    /// <summary><c>SCHED_FIFO</c>.</summary>
    public const int Fifo = 1;

    /// <summary>The calling thread's.</summary>
    public static ThreadScheduling Current() => Read("/proc/thread-self/stat");

    /// <summary>Every thread of process <paramref name="pid"/>, by thread id and name.</summary>
    public static IReadOnlyList<(int Tid, string Name, ThreadScheduling Scheduling)> OfProcess(int pid)
    {
        var threads = new List<(int, string, ThreadScheduling)>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                threads.Add((int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture), name, Read(Path.Combine(task, "stat"))));
            }
            catch (IOException)
            {
                // The thread ended while being listed.
            }
        }

        return threads;
    }

    /// <summary>The processes whose parent is <paramref name="pid"/>.</summary>
    public static IReadOnlyList<int> ChildrenOf(int pid)
    {
        var children = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var candidate))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                if (int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[4 - 3], CultureInfo.InvariantCulture) == pid)
                {
                    children.Add(candidate);
                }
            }
            catch (IOException)
            {
                // The process ended while being listed.
            }
        }

        return children;
    }

    /// <summary>
    /// Whether this process may use SCHED_FIFO at priority 3, asked of the OS by another program
    /// (<c>chrt</c>, which makes the same call Pix2Midi does), with <paramref name="prefix"/> before it.
    /// </summary>
    public static bool Allowed(params string[] prefix)
    {
        var command = prefix.Concat(["chrt", "-f", "3", "true"]).ToArray();
        return ExternalTool.Run(command[0], command[1..], TimeSpan.FromSeconds(30)).ExitCode == 0;
    }

    private static ThreadScheduling Read(string statPath)
    {
        // Fields after the name (which is in parentheses and may hold spaces); the first of them is field 3.
        var stat = File.ReadAllText(statPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return new ThreadScheduling(
            int.Parse(fields[41 - 3], CultureInfo.InvariantCulture),
            int.Parse(fields[40 - 3], CultureInfo.InvariantCulture));
    }
}
