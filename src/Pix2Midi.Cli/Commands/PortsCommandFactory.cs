using System.CommandLine;
using Pix2Midi.Cli.Playback;
using Pix2Midi.Midi.Backends;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi ports</c>.</summary>
internal static class PortsCommandFactory
{
    public static Command Create(Func<IReadOnlyList<IMidiBackend>>? backends = null)
    {
        var command = new Command("ports", "List the MIDI outputs you can play to, with their backend, or say why there are none.");
        command.SetAction(parse => new PortsService(parse.InvocationConfiguration.Output, backends ?? MidiBackends.ForThisOs).Run());
        return command;
    }
}
