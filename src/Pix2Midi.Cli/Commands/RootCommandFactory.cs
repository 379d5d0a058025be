using System.CommandLine;

namespace Pix2Midi.Cli.Commands;

/// <summary>Builds the <c>pix2midi</c> command tree.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create() => new("Pix2Midi turns moving pictures into music: the brightness of regions of a video becomes MIDI notes.")
    {
        RenderCommandFactory.Create(),
        RunCommandFactory.Create(),
        LiveCommandFactory.Create(),
        CamerasCommandFactory.Create(),
        PortsCommandFactory.Create(),
        TestNoteCommandFactory.Create(),
        MappingCommandFactory.Create(),
    };
}
