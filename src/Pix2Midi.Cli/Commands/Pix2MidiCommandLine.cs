using System.CommandLine;

namespace Pix2Midi.Cli.Commands;

/// <summary>Parses and runs a <c>pix2midi</c> command line.</summary>
internal static class Pix2MidiCommandLine
{
    /// <summary>Runs <paramref name="args"/>; a command line that does not parse exits with <see cref="ExitCodes.Usage"/>.</summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration configuration)
    {
        var parse = RootCommandFactory.Create().Parse(args);
        var code = await parse.InvokeAsync(configuration).ConfigureAwait(false);
        return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
    }
}
