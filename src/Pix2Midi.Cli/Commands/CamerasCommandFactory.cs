using System.CommandLine;
using Pix2Midi.Cli.Live;
using Pix2Midi.Video.Cameras;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi cameras</c>.</summary>
internal static class CamerasCommandFactory
{
    public static Command Create(Func<CameraListing>? cameras = null)
    {
        var command = new Command("cameras", "List the cameras `pix2midi live --camera` can play, with their index and name.");
        command.SetAction(parse => new CamerasService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cameras ?? CameraCatalog.List).Run());
        return command;
    }
}
