using System.Collections.Concurrent;

namespace Pix2Midi.Video.Tests;

/// <summary>
/// Test videos made with the real ffmpeg, each on first use and once per test run, in one
/// temporary folder deleted at the end.
/// </summary>
public sealed class VideoFixture : IDisposable
{
    private const string Ramp = "color=black:s=128x96:r=25";
    private const string Halves = "color=white:s=64x48:r=25";
    private const string BlackRightHalf = "drawbox=x=32:y=0:w=32:h=48:color=black:t=fill";

    private static readonly Dictionary<string, Action<VideoFixture, string>> Recipes = new()
    {
        // Known pixels: luma is exactly X + Y (lossless) or close to it (H.264).
        ["gray128.mkv"] = (_, o) => ExternalTool.Ffmpeg("-f", "lavfi", "-i", "color=c=0x808080:s=64x48:r=25", "-t", "1", "-c:v", "ffv1", "-pix_fmt", "gray", o),
        ["ramp-gray.mkv"] = (_, o) => RampVideo(o, "gray", "-c:v", "ffv1"),
        ["ramp-yuv420p.mkv"] = (_, o) => RampVideo(o, "yuv420p", "-c:v", "ffv1"),
        ["ramp-yuv422p.mkv"] = (_, o) => RampVideo(o, "yuv422p", "-c:v", "ffv1"),
        ["ramp-yuv444p.mkv"] = (_, o) => RampVideo(o, "yuv444p", "-c:v", "ffv1"),
        ["ramp-nv12.nut"] = (_, o) => RampVideo(o, "nv12", "-c:v", "rawvideo"),
        ["ramp-h264.mp4"] = (_, o) => RampVideo(o, "yuv420p", "-c:v", "libx264"),

        // White left half, black right half, in formats whose first plane is not 8-bit luma.
        ["halves-rgb24.mov"] = (_, o) => HalvesVideo(o, "-c:v", "png", "-pix_fmt", "rgb24"),
        ["halves-yuyv422.avi"] = (_, o) => HalvesVideo(o, "-c:v", "rawvideo", "-pix_fmt", "yuyv422"),
        ["halves-yuv420p10.mp4"] = (_, o) => HalvesVideo(o, "-c:v", "libx264", "-pix_fmt", "yuv420p10le"),
        ["halves-yuv420p.mkv"] = (_, o) => HalvesVideo(o, "-c:v", "ffv1", "-pix_fmt", "yuv420p"),

        // Timing.
        ["h264-30.mp4"] = (_, o) => TestPattern(o, "30", "2", "-c:v", "libx264"),
        ["mpeg4-25.avi"] = (_, o) => TestPattern(o, "25", "2", "-c:v", "mpeg4"),
        ["h264-ntsc.mov"] = (_, o) => TestPattern(o, "30000/1001", "2", "-c:v", "libx264"),
        ["mjpeg-30.mov"] = (_, o) => TestPattern(o, "30", "1", "-c:v", "mjpeg"),
        ["vfr.mkv"] = (_, o) => TestPattern(o, "30", "2", "-vf", "setpts='if(lt(N,10),N*2/30/TB,(N+10)/30/TB)'", "-fps_mode", "vfr", "-c:v", "libx264"),
        ["no-timestamps.h264"] = (_, o) => TestPattern(o, "30", "2", "-c:v", "libx264"),
        ["one-per-100s.avi"] = (_, o) => ExternalTool.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=64x48:rate=1/100", "-frames:v", "5", "-c:v", "mjpeg", o),
        ["5000fps.mkv"] = (_, o) => ExternalTool.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=64x48:rate=5000", "-frames:v", "10", "-c:v", "ffv1", o),
        ["front-cut.ts"] = (f, o) => CutFront(f.Get("3s-gop30.ts"), o),
        ["3s-gop30.ts"] = (_, o) => TestPattern(o, "30", "3", "-c:v", "libx264", "-g", "30", "-bf", "0"),
        ["trimmed-copy.mp4"] = (f, o) => ExternalTool.Ffmpeg("-ss", "4", "-i", f.Get("10s-one-gop.mp4"), "-t", "3", "-c", "copy", o),
        ["10s-one-gop.mp4"] = (_, o) => TestPattern(o, "30", "10", "-c:v", "libx264", "-g", "300"),

        // Bad inputs.
        ["empty.mp4"] = (_, o) => File.WriteAllBytes(o, []),
        ["text.mp4"] = (_, o) => File.WriteAllText(o, "This is a shopping list, not a video.\n"),
        ["zero-frames.mp4"] = (_, o) => TestPattern(o, "30", null, "-frames:v", "0", "-c:v", "libx264"),
        ["zero-frames.avi"] = (_, o) => TestPattern(o, "30", null, "-frames:v", "0", "-c:v", "mpeg4"),
        ["index-at-end-cut.mp4"] = (f, o) => Cut(f.Get("4s.mp4"), o, 0.5),
        ["faststart-cut.mp4"] = (f, o) => Cut(f.Get("4s-faststart.mp4"), o, 0.4),
        ["4s.mp4"] = (_, o) => TestPattern(o, "30", "4", "-c:v", "libx264"),
        ["4s-faststart.mp4"] = (_, o) => TestPattern(o, "30", "4", "-c:v", "libx264", "-movflags", "+faststart"),
        ["too-wide.mkv"] = (_, o) => ExternalTool.Ffmpeg("-f", "lavfi", "-i", "color=gray:s=16392x8:r=25", "-frames:v", "2", "-c:v", "ffv1", "-pix_fmt", "gray", o),
        ["a folder.mp4"] = (_, o) => Directory.CreateDirectory(o),
    };

    private readonly TempDirectory _directory = new();
    private readonly ConcurrentDictionary<string, Lazy<string>> _made = new();

    /// <summary>The path of the video <paramref name="name"/>, made now if it was not yet.</summary>
    public string Get(string name) =>
        _made.GetOrAdd(name, n => new Lazy<string>(() => Make(n))).Value;

    /// <summary>A path in the fixture's folder where nothing exists.</summary>
    public string Missing(string name) => _directory.File(name);

    public void Dispose() => _directory.Dispose();

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

    private static void RampVideo(string output, string pixelFormat, params string[] codec) =>
        ExternalTool.Ffmpeg(["-f", "lavfi", "-i", Ramp, "-t", "0.4", "-vf", $"format={pixelFormat},geq=lum='X+Y'{(pixelFormat == "gray" ? string.Empty : ":cb=128:cr=128")}", .. codec, "-pix_fmt", pixelFormat, output]);

    private static void HalvesVideo(string output, params string[] codec) =>
        ExternalTool.Ffmpeg(["-f", "lavfi", "-i", Halves, "-t", "0.4", "-vf", BlackRightHalf, .. codec, output]);

    private static void TestPattern(string output, string rate, string? seconds, params string[] rest) =>
        ExternalTool.Ffmpeg(["-f", "lavfi", "-i", $"testsrc2=size=320x240:rate={rate}", .. seconds is null ? Array.Empty<string>() : ["-t", seconds], .. rest, output]);

    /// <summary>Drops the first 40 % of an MPEG transport stream, on a packet boundary, as a capture joined late would.</summary>
    private static void CutFront(string source, string output)
    {
        const int PacketSize = 188;
        var bytes = File.ReadAllBytes(source);
        var start = bytes.Length / PacketSize * 4 / 10 * PacketSize;
        File.WriteAllBytes(output, bytes.AsSpan(start).ToArray());
    }

    private static void Cut(string source, string output, double fraction)
    {
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(output, bytes.AsSpan(0, (int)(bytes.Length * fraction)).ToArray());
    }
}
