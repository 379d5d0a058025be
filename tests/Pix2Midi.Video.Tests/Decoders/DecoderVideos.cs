using System.Collections.Concurrent;
using System.Globalization;

namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>
/// Videos for comparing the decoders, made with the real ffmpeg on first use: the calibration
/// sample in the formats the CLI's format tests use, damaged videos, and sizes that stress the
/// row window.
/// </summary>
public sealed class DecoderVideos : IDisposable
{
    private static readonly Dictionary<string, Action<DecoderVideos, string>> Recipes = new()
    {
        // The calibration sample in other containers, codecs and rates (as RenderFormatsTests makes them).
        ["mpeg4.avi"] = (_, o) => Calibration(o, "-c:v", "mpeg4", "-q:v", "2"),
        ["mjpeg.mov"] = (_, o) => Calibration(o, "-c:v", "mjpeg", "-q:v", "2"),
        ["h264-25fps.mp4"] = (_, o) => Calibration(o, "-vf", "fps=25", "-c:v", "libx264", "-crf", "12"),
        ["h264-ntsc.mov"] = (_, o) => Calibration(o, "-vf", "fps=30000/1001", "-c:v", "libx264", "-crf", "12"),
        ["h264-60fps.mkv"] = (_, o) => Calibration(o, "-vf", "fps=60", "-c:v", "libx264", "-crf", "12"),
        ["vp9.webm"] = (_, o) => Calibration(o, "-c:v", "libvpx-vp9", "-crf", "20", "-b:v", "0", "-deadline", "realtime", "-cpu-used", "8"),
        ["vfr.mkv"] = (_, o) => Calibration(o, "-vf", "setpts='if(lt(N,60),N*2/30/TB,(N+60)/30/TB)'", "-fps_mode", "vfr", "-c:v", "libx264", "-crf", "12"),
        ["yuv444.mp4"] = (_, o) => Calibration(o, "-c:v", "libx264", "-pix_fmt", "yuv444p", "-crf", "12"),
        ["rgb-png.mov"] = (_, o) => Calibration(o, "-c:v", "png"),

        // Colour pictures through the converted path, and an odd frame height for the row window.
        ["pattern-rgb24.mov"] = (_, o) => Pattern(o, "320x240", "25", "1", "-c:v", "png", "-pix_fmt", "rgb24"),
        ["pattern-yuyv422.avi"] = (_, o) => Pattern(o, "320x240", "25", "1", "-c:v", "rawvideo", "-pix_fmt", "yuyv422"),
        ["pattern-yuv420p10.mp4"] = (_, o) => Pattern(o, "320x240", "25", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p10le"),
        ["odd-height.mkv"] = (_, o) => Pattern(o, "96x97", "25", "0.4", "-c:v", "ffv1", "-pix_fmt", "yuv420p"),
        ["size-change.ts"] = (v, o) => ExternalTool.Ffmpeg("-i", $"concat:{v.Get("320x240.ts")}|{v.Get("160x120.ts")}", "-c", "copy", o),
        ["320x240.ts"] = (_, o) => Pattern(o, "320x240", "30", "1", "-c:v", "libx264"),
        ["160x120.ts"] = (_, o) => Pattern(o, "160x120", "30", "1", "-c:v", "libx264"),
        ["rotated-90.mp4"] = (v, o) => ExternalTool.Ffmpeg("-i", v.Get("h264-8s.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=90", o),
        ["rotated-270.mp4"] = (v, o) => ExternalTool.Ffmpeg("-i", v.Get("h264-8s.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=270", o),
        ["rotated-180.mp4"] = (v, o) => ExternalTool.Ffmpeg("-i", v.Get("h264-8s.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=180", o),
        ["long.mp4"] = (_, o) => Pattern(o, "640x360", "30", "60", "-c:v", "libx264", "-preset", "ultrafast"),

        // Coloured shapes on grey (see ColourSourceTests): red, green and blue boxes, lossless where the format allows.
        ["colour-yuv420p.mkv"] = (_, o) => Shapes(o, "4", "-c:v", "ffv1", "-pix_fmt", "yuv420p"),
        ["colour-yuv444p.mkv"] = (_, o) => Shapes(o, "1", "-c:v", "ffv1", "-pix_fmt", "yuv444p"),
        ["colour-yuv422p.mkv"] = (_, o) => Shapes(o, "1", "-c:v", "ffv1", "-pix_fmt", "yuv422p"),
        ["colour-nv12.nut"] = (_, o) => Shapes(o, "1", "-c:v", "rawvideo", "-pix_fmt", "nv12"),
        ["colour-yuvj420p.avi"] = (_, o) => Shapes(o, "1", "-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p"),
        ["colour-rgb24.mov"] = (_, o) => Shapes(o, "1", "-c:v", "png", "-pix_fmt", "rgb24"),
        ["colour-yuv420p10.mkv"] = (_, o) => Shapes(o, "1", "-c:v", "ffv1", "-pix_fmt", "yuv420p10le"),
        ["colour-rotated-90.mp4"] = (v, o) => ExternalTool.Ffmpeg("-i", v.Get("colour-h264.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=90", o),
        ["colour-h264.mp4"] = (_, o) => Shapes(o, "1", "-c:v", "libx264", "-crf", "12", "-pix_fmt", "yuv420p"),

        // Damage in the middle: three packets garbled by the noise filter, or 4 KiB overwritten in the media data.
        ["h264-8s.mp4"] = (_, o) => Pattern(o, "320x240", "30", "8", "-c:v", "libx264", "-g", "30"),
        ["mpeg4-8s.avi"] = (_, o) => Pattern(o, "320x240", "25", "8", "-c:v", "mpeg4", "-g", "25"),
        ["noise-h264.mp4"] = (v, o) => Noise(v.Get("h264-8s.mp4"), o, 120),
        ["noise-mpeg4.avi"] = (v, o) => Noise(v.Get("mpeg4-8s.avi"), o, 100),
        ["overwritten-h264.mp4"] = (v, o) => Overwrite(v.Get("h264-8s.mp4"), o),
    };

    private readonly TempDirectory _directory = new();
    private readonly ConcurrentDictionary<string, Lazy<string>> _made = new();

    /// <summary>The path of the video <paramref name="name"/>, made now if it was not yet.</summary>
    public string Get(string name) =>
        _made.GetOrAdd(name, n => new Lazy<string>(() => Make(n))).Value;

    public void Dispose() => _directory.Dispose();

    /// <summary>The presentation times of the video stream's packets, in seconds from the first, in order.</summary>
    public static double[] PacketTimes(string video)
    {
        var result = ExternalTool.Run("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time", "-of", "csv=p=0", video]).EnsureSuccess("ffprobe");
        var times = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd(','))
            .Where(s => s.Length > 0 && s != "N/A")
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
        return [.. times.Select(t => t - times[0])];
    }

    private string Make(string name)
    {
        if (!Recipes.TryGetValue(name, out var recipe))
        {
            throw new ArgumentException($"no recipe for {name}", nameof(name));
        }

        var output = _directory.File(name);
        recipe(this, output);
        return output;
    }

    private static void Calibration(string output, params string[] encoding) =>
        ExternalTool.Ffmpeg(["-i", RepoPaths.SampleVideo("calibration.mp4"), .. encoding, output]);

    private static void Pattern(string output, string size, string rate, string seconds, params string[] encoding) =>
        ExternalTool.Ffmpeg(["-f", "lavfi", "-i", $"testsrc2=size={size}:rate={rate}", "-t", seconds, .. encoding, output]);

    /// <summary>
    /// 160×120 at 10 frames a second on mid grey: a red box at (16, 16), a green one at (96, 16),
    /// both 48×48, and a blue one 48×32 at (16, 72).
    /// </summary>
    private static void Shapes(string output, string seconds, params string[] encoding) =>
        ExternalTool.Ffmpeg([
            "-f", "lavfi", "-i", "color=c=0x808080:size=160x120:rate=10", "-t", seconds,
            "-vf", "format=yuv444p,drawbox=x=16:y=16:w=48:h=48:color=red:t=fill,drawbox=x=96:y=16:w=48:h=48:color=lime:t=fill,drawbox=x=16:y=72:w=48:h=32:color=blue:t=fill",
            .. encoding, output]);

    /// <summary>Garbles packets <paramref name="first"/> to <paramref name="first"/> + 2 (every other byte), leaving the container whole.</summary>
    private static void Noise(string source, string output, int first) =>
        ExternalTool.Ffmpeg("-i", source, "-c", "copy", "-bsf:v", $"noise=amount=if(between(n\\,{first}\\,{first + 2})\\,2\\,0)", output);

    /// <summary>Overwrites 4 KiB in the middle of the file (inside the media data of an MP4 written without faststart) with a fixed pattern.</summary>
    private static void Overwrite(string source, string output)
    {
        var bytes = File.ReadAllBytes(source);
        var start = bytes.Length / 2;
        for (var i = 0; i < 4096; i++)
        {
            bytes[start + i] = (byte)((i * 151) + 89);
        }

        File.WriteAllBytes(output, bytes);
    }
}
