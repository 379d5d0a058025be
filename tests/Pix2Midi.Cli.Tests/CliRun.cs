using System.CommandLine;
using Pix2Midi.Cli.Commands;

namespace Pix2Midi.Cli.Tests;

/// <summary>What one run of <c>pix2midi</c> printed and returned.</summary>
/// <remarks>Made only from a run that printed no defect (<see cref="ToolDefects"/>): the test fails otherwise.</remarks>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    private readonly bool _free = ToolDefects.Check(Output, Error);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs the command tree in this process with captured writers.</summary>
    public static CliRun InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Pix2MidiCommandLine.RunAsync(args, new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the built tool as a child process, so everything native code prints to the real
    /// stdout/stderr is captured too.
    /// </summary>
    public static CliRun Process(string workingDirectory, params string[] args) => Process(ToolCommand.Prefix, workingDirectory, args);

    /// <summary>Runs the built tool as a child process with <paramref name="environment"/> added to its environment.</summary>
    public static CliRun Process(string workingDirectory, IDictionary<string, string> environment, params string[] args)
    {
        var command = ToolCommand.Prefix;
        var result = ExternalTool.Run(command[0], [.. command[1..], .. args], TimeSpan.FromMinutes(3), workingDirectory, environment);
        return new CliRun(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    /// <summary>Runs <paramref name="command"/> (a program and the arguments before pix2midi's own) rather than the tool under test.</summary>
    public static CliRun Process(string[] command, string workingDirectory, params string[] args)
    {
        var result = ExternalTool.Run(command[0], [.. command[1..], .. args], TimeSpan.FromMinutes(3), workingDirectory);
        return new CliRun(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    /// <summary>
    /// Runs the built tool as an unprivileged user: as root through <c>setpriv</c> as
    /// <c>nobody</c>, otherwise as the current user. For tests of file permissions, which root
    /// would otherwise bypass.
    /// </summary>
    public static CliRun ProcessUnprivileged(string workingDirectory, params string[] args)
    {
        string[] command = [.. ToolCommand.Prefix, .. args];
        var environment = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.GetTempPath(), ["HOME"] = Path.GetTempPath() };
        var result = Environment.IsPrivilegedProcess
            ? ExternalTool.Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", .. command], TimeSpan.FromMinutes(3), workingDirectory, environment)
            : ExternalTool.Run(command[0], command[1..], TimeSpan.FromMinutes(3), workingDirectory, environment);
        return new CliRun(result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
