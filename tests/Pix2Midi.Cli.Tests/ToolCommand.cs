namespace Pix2Midi.Cli.Tests;

/// <summary>
/// How the tests start `pix2midi` as a process: `dotnet pix2midi.dll` from the test's own build,
/// or the executable that <c>PIX2MIDI_TEST_TOOL</c> names (a natively compiled build, say), so the
/// same tests can check another build of the tool.
/// </summary>
public static class ToolCommand
{
    /// <summary>The environment variable naming another `pix2midi` executable to test.</summary>
    public const string Variable = "PIX2MIDI_TEST_TOOL";

    /// <summary>The program and the arguments before pix2midi's own.</summary>
    public static string[] Prefix =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } tool ? [tool] : OwnBuild;

    /// <summary>The test's own build of the tool, whatever <see cref="Variable"/> says.</summary>
    public static string[] OwnBuild => [ExternalTool.Find("dotnet") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "pix2midi.dll")];

    /// <summary>What a process listing shows for a running `pix2midi` (its command line contains it).</summary>
    public static string Marker => Prefix[^1];
}
