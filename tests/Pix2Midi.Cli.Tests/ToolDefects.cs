using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Pix2Midi.Cli.Tests;

/// <summary>
/// What pix2midi must never print, whatever a test is about: "unexpected failure" (an exception no
/// handler knew), the runtime's "Unhandled exception", or a stack trace. Every helper that runs
/// pix2midi (<see cref="CliRun"/>, <see cref="ToolProcess"/>) fails the test when it sees one.
/// </summary>
public static partial class ToolDefects
{
    /// <summary>The first defect in what was printed, or null.</summary>
    public static string? Find(string output, string error)
    {
        foreach (var text in new[] { error, output })
        {
            foreach (var line in text.Split('\n'))
            {
                if (line.Contains("unexpected failure", StringComparison.OrdinalIgnoreCase)
                    || line.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase)
                    || StackFrame().IsMatch(line))
                {
                    return line.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>Fails the test when <see cref="Find"/> finds a defect; returns true otherwise.</summary>
    /// <exception cref="XunitException">pix2midi printed a defect.</exception>
    public static bool Check(string output, string error) =>
        Find(output, error) is not { } defect
            ? true
            : throw new XunitException($"pix2midi printed a defect: \"{defect}\"\n--- standard output\n{output}\n--- standard error\n{error}");

    // "   at Pix2Midi.Cli.Foo.Bar(String x) in …" (JIT) or "   at pix2midi!<BaseAddress>+0x1234" (native).
    [GeneratedRegex(@"^\s+at (?:[\w`<>\[\],]+\.)+[\w`<>\[\],|]+\(.*\)|^\s+at \S+!<BaseAddress>\+0x|--- End of (?:inner exception )?stack trace")]
    private static partial Regex StackFrame();
}
