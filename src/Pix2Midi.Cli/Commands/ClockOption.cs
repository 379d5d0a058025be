using System.CommandLine;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>--clock</c>, for <c>run</c> and <c>live</c>: the MIDI clock to every MIDI port, for a DAW to follow.</summary>
internal static class ClockOption
{
    public static Option<bool> Create(string when) => new("--clock")
    {
        Description = $"Send MIDI clock to every MIDI port, for a DAW set to follow it: Start, 24 Timing Clocks a quarter note at the mapping's tempo {when}, Stop at the end. Not written by --record.",
    };
}
