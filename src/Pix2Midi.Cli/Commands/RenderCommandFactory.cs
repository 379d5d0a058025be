using System.CommandLine;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi render VIDEO [-m MAPPING] [-o OUT.mid] [--roll ROLL.png] [--decoder auto|libav|ffmpeg|opencv]</c>.</summary>
internal static class RenderCommandFactory
{
    public static Command Create()
    {
        var video = new Argument<string>("VIDEO")
        {
            Description = "The video to render: anything FFmpeg decodes (mp4, mov, avi, mkv, webm…).",
        };
        var mapping = new Option<string?>("--mapping", "-m")
        {
            Description = "Mapping file (JSON), or the name of a bundled one. Default: fireworks.",
            HelpName = "MAPPING",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "MIDI file to write. Default: the video's name with .mid, in the current folder.",
            HelpName = "OUT.mid",
        };
        var roll = new Option<string?>("--roll")
        {
            Description = "Also draw a piano roll of the notes to this PNG: time across, pitch up, velocity as colour (blue soft, red loud).",
            HelpName = "ROLL.png",
        };
        var noProgress = new Option<bool>("--no-progress")
        {
            Description = "Do not draw the progress bar.",
        };
        var decoder = DecoderOption.Create();
        var command = new Command("render", "Render a video to a Standard MIDI File, much faster than real time, with every note on a frame time.")
        {
            video,
            mapping,
            output,
            roll,
            noProgress,
            decoder,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new RenderRequest(parse.GetRequiredValue(video), parse.GetValue(mapping), parse.GetValue(output), !parse.GetValue(noProgress), parse.GetValue(roll), DecoderOption.Parse(parse.GetValue(decoder)) ?? VideoDecoder.Auto);
            var service = new RenderService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return Task.FromResult(service.Run(request, cancellationToken));
        });
        return command;
    }
}
