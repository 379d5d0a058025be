using System.CommandLine;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Commands;

/// <summary>The <c>--decoder auto|ffmpeg|opencv</c> option shared by <c>render</c> and <c>run</c>.</summary>
internal static class DecoderOption
{
    private static readonly string[] Names = ["auto", "ffmpeg", "opencv"];

    public static Option<string> Create()
    {
        var option = new Option<string>("--decoder")
        {
            Description = "Which decoder reads the video: ffmpeg (the ffmpeg program, faster; needs ffmpeg and ffprobe on PATH), opencv (built in), or auto: ffmpeg when it is installed, else opencv. Both give the same values and times.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|ffmpeg|opencv",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (Parse(value) is null)
            {
                result.AddError($"--decoder {value}: allowed: {string.Join(", ", Names)}");
            }
        });
        return option;
    }

    /// <summary>The decoder named <paramref name="value"/> (any case), or null.</summary>
    public static VideoDecoder? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        "auto" => VideoDecoder.Auto,
        "ffmpeg" => VideoDecoder.Ffmpeg,
        "opencv" => VideoDecoder.OpenCv,
        _ => null,
    };
}
