using System.CommandLine;

namespace Pix2Midi.Cli.Commands;

/// <summary>Parses and runs a <c>pix2midi</c> command line.</summary>
internal static class Pix2MidiCommandLine
{
    /// <summary>The commands that release notes or remove a half-written file when stopped, and so answer signals themselves.</summary>
    private static readonly string[] StoppedBySignals = ["run", "live", "render", "test-note"];

    /// <summary>Runs <paramref name="args"/>; a command line that does not parse exits with <see cref="ExitCodes.Usage"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="configuration">Where output goes.</param>
    /// <param name="signals">The process's stop signals: listened to for the commands that play or write; other commands keep the signals' default action (they end at once).</param>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration configuration, StopSignals? signals = null)
    {
        var parse = RootCommandFactory.Create().Parse(args);
        var token = signals is not null && parse.Errors.Count == 0 && StoppedBySignals.Contains(parse.CommandResult.Command.Name) && parse.CommandResult.Command.Parents.Any(p => p is RootCommand)
            ? signals.Listen()
            : CancellationToken.None;
        var code = await parse.InvokeAsync(configuration, token).ConfigureAwait(false);
        return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
    }
}
