namespace Pix2Midi.Cli.Terminal;

/// <summary>Whether a writer reaches a person at a terminal, where a progress bar or a status line that redraws itself belongs.</summary>
/// <remarks>
/// Only the process's own standard error counts, and only when it is not redirected: writers that
/// tests capture, and output piped to a file or another program, get plain lines instead.
/// </remarks>
internal static class InteractiveTerminal
{
    /// <summary>Whether <paramref name="writer"/> is the process's standard error and that is a terminal.</summary>
    public static bool Shows(TextWriter writer) => ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
}
