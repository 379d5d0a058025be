using System.CommandLine;
using Pix2Midi.Cli.Mappings;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi mapping preview FILE --video VIDEO [--at TIME] [-o PNG] [--decoder NAME]</c>.</summary>
internal static class MappingPreviewCommandFactory
{
    public static Command Create()
    {
        var mapping = new Argument<string>("FILE") { Description = "The mapping file (or the name of a bundled one)." };
        var video = new Option<string>("--video", "-v") { Description = "The video to take the frame from.", HelpName = "VIDEO", Required = true };
        var at = new Option<string?>("--at") { Description = "Which frame: a time such as 2.5, 2.5s, 1500ms or 1:02.5. Default: the middle of the video.", HelpName = "TIME" };
        var output = new Option<string?>("--output", "-o") { Description = "The PNG to write. Default: the video's name with -preview.png, in the current folder.", HelpName = "PNG" };
        var decoder = DecoderOption.Create();
        var command = new Command("preview", "Draw a mapping's regions over a frame of a video, each labelled with its name, what it plays and its value there; regions sounding at that frame in yellow.")
        {
            mapping, video, at, output, decoder,
        };
        command.SetAction(parse => new MappingPreviewService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)
            .Run(new PreviewRequest(parse.GetRequiredValue(mapping), parse.GetRequiredValue(video), parse.GetValue(at), parse.GetValue(output), DecoderOption.Parse(parse.GetValue(decoder)) ?? Video.Files.VideoDecoder.Auto)));
        return command;
    }
}
