using System.CommandLine;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Commands;

/// <summary>The <c>--decoder auto|libav|ffmpeg|opencv</c> option shared by <c>render</c> and <c>run</c>.</summary>
internal static class DecoderOption
{
    private static readonly string[] Names = ["auto", "libav", "ffmpeg", "opencv"];

    public static Option<string> Create()
    {
        var option = new Option<string>("--decoder")
        {
            Description = "Which decoder reads the video: libav (FFmpeg's libraries in this process, fastest; needs FFmpeg installed), ffmpeg (the ffmpeg program; needs ffmpeg and ffprobe on PATH), opencv (built in), or auto: the first of these that can read the file. All give the same values and times.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|libav|ffmpeg|opencv",
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
        "libav" => VideoDecoder.Libav,
        "ffmpeg" => VideoDecoder.Ffmpeg,
        "opencv" => VideoDecoder.OpenCv,
        _ => null,
    };
}
