using System.CommandLine;

namespace Pix2Midi.Cli.Commands;

/// <summary>The <c>--port</c> and <c>--virtual</c> options shared by <c>run</c> and <c>test-note</c>.</summary>
internal sealed record OutputOptions(Option<string[]> Port, Option<string?> Virtual)
{
    public static OutputOptions Create() => new(
        new Option<string[]>("--port", "-p")
        {
            Description = "MIDI output to play to, by name (case-insensitive; part of the name is enough). A prefix picks the backend: winmm:, coremidi:, alsa:, jack:. May be repeated; \"console\" shows the notes here as well. Default: the only port there is, else a virtual port, else the notes are shown here.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        },
        new Option<string?>("--virtual")
        {
            Description = "Create a virtual MIDI port your DAW can listen to (macOS, Linux ALSA or JACK; on Windows loopMIDI makes one). Default name: Pix2Midi.",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrOne,
        });

    /// <summary>Null when --virtual was not given, empty when given without a name.</summary>
    public static string? VirtualName(ParseResult parse, Option<string?> option) =>
        parse.GetResult(option) is null ? null : parse.GetValue(option) ?? string.Empty;
}
