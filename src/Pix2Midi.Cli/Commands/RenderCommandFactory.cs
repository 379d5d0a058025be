using System.CommandLine;
using Pix2Midi.Cli.Rendering;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Commands;

/// <summary><c>pix2midi render VIDEO [-m MAPPING] [-o OUT.mid] [--roll ROLL.png] [--audio OUT.wav] [--video OUT.mp4] [--decoder auto|libav|ffmpeg|opencv]</c>.</summary>
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
        var audio = new Option<string?>("--audio")
        {
            Description = "Also write the soundtrack, played by the built-in synthesizer sample-exactly on the frame times, to this WAV file (as long as the video).",
            HelpName = "OUT.wav",
        };
        var videoOut = new Option<string?>("--video")
        {
            Description = "Also write a copy of the video with the soundtrack as its first audio track (.mp4, .mov, .mkv, .webm): the picture is copied unchanged, an audio track it had is kept as the second. Needs the ffmpeg program.",
            HelpName = "OUT.mp4",
        };
        var sampleRate = new Option<int>("--sample-rate")
        {
            Description = "The soundtrack's sample rate in Hz (8000–96000).",
            DefaultValueFactory = _ => 48000,
            HelpName = "HZ",
        };
        sampleRate.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 8000 or > 96000)
            {
                result.AddError($"--sample-rate {value}: allowed: 8000–96000 (Hz)");
            }
        });
        var soundFont = SoundOptions.SoundFontOption();
        var decoder = DecoderOption.Create();
        var command = new Command("render", "Render a video to a Standard MIDI File, much faster than real time, with every note on a frame time.")
        {
            video,
            mapping,
            output,
            roll,
            audio,
            videoOut,
            sampleRate,
            soundFont,
            noProgress,
            decoder,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new RenderRequest(parse.GetRequiredValue(video), parse.GetValue(mapping), parse.GetValue(output), !parse.GetValue(noProgress), parse.GetValue(roll), DecoderOption.Parse(parse.GetValue(decoder)) ?? VideoDecoder.Auto)
            {
                Audio = parse.GetValue(audio),
                VideoWithSound = parse.GetValue(videoOut),
                SampleRate = parse.GetValue(sampleRate),
                SoundFont = parse.GetValue(soundFont),
            };
            var service = new RenderService(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return Task.FromResult(service.Run(request, cancellationToken));
        });
        return command;
    }
}
