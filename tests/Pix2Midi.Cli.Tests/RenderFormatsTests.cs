namespace Pix2Midi.Cli.Tests;

/// <summary>
/// The calibration video re-encoded into other containers, codecs and frame rates: whatever the
/// file, every note must fall on one of that file's own frame times (as ffprobe reads them).
/// </summary>
public sealed class RenderFormatsTests(RenderFormatsTests.Variants variants) : IClassFixture<RenderFormatsTests.Variants>
{
    public sealed class Variants : IDisposable
    {
        private readonly TempDirectory _temp = new();
        private readonly Dictionary<string, string> _made = [];
        private readonly Lock _lock = new();

        public string Get(string name)
        {
            lock (_lock)
            {
                if (!_made.TryGetValue(name, out var path))
                {
                    path = _temp.File(name);
                    ExternalTool.Ffmpeg(["-i", RepoPaths.SampleVideo("calibration.mp4"), .. Encoding(name), path]);
                    _made[name] = path;
                }

                return path;
            }
        }

        public string Folder => _temp.Path;

        private static string[] Encoding(string name) => name switch
        {
            "mpeg4.avi" => ["-c:v", "mpeg4", "-q:v", "2"],
            "mjpeg.mov" => ["-c:v", "mjpeg", "-q:v", "2"],
            "h264-25fps.mp4" => ["-vf", "fps=25", "-c:v", "libx264", "-crf", "12"],
            "h264-ntsc.mov" => ["-vf", "fps=30000/1001", "-c:v", "libx264", "-crf", "12"],
            "h264-60fps.mkv" => ["-vf", "fps=60", "-c:v", "libx264", "-crf", "12"],
            "vp9.webm" => ["-c:v", "libvpx-vp9", "-crf", "20", "-b:v", "0", "-deadline", "realtime", "-cpu-used", "8"],
            "vfr.mkv" => ["-vf", "setpts='if(lt(N,60),N*2/30/TB,(N+60)/30/TB)'", "-fps_mode", "vfr", "-c:v", "libx264", "-crf", "12"],
            "yuv444.mp4" => ["-c:v", "libx264", "-pix_fmt", "yuv444p", "-crf", "12"],
            "rgb-png.mov" => ["-c:v", "png"],
            _ => throw new ArgumentException(name),
        };

        public void Dispose() => _temp.Dispose();
    }

    [ToolTheory("ffmpeg", "ffprobe", "midicsv")]
    [InlineData("mpeg4.avi")]
    [InlineData("mjpeg.mov")]
    [InlineData("h264-25fps.mp4")]
    [InlineData("h264-ntsc.mov")]
    [InlineData("h264-60fps.mkv")]
    [InlineData("vp9.webm")]
    [InlineData("vfr.mkv")]
    [InlineData("yuv444.mp4")]
    [InlineData("rgb-png.mov")]
    public void Every_note_falls_on_a_frame_time_of_the_file(string name)
    {
        var video = variants.Get(name);
        var output = Path.Combine(variants.Folder, name + ".mid");

        var run = CliRun.InProcess("render", video, "-m", "calibration", "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        var frames = Ffprobe.FrameTimes(video);
        var csv = Midicsv.Read(output);
        Assert.Equal(16, csv.Notes.Count(n => n.IsOn));
        Assert.Equal(Enumerable.Range(60, 16), csv.Notes.Where(n => n.IsOn).Select(n => n.Number));
        foreach (var note in csv.Notes)
        {
            var time = csv.Seconds(note.Tick);
            var nearest = frames.MinBy(f => Math.Abs(f - time));
            Assert.True(Math.Abs(nearest - time) < 1e-4, $"{name}: {note} at {time:0.######} s is not a frame time (nearest {nearest:0.######} s)");
        }
    }

    [ToolFact("ffmpeg", "midicsv")]
    public void A_variable_frame_rate_file_keeps_its_gap()
    {
        // Frames 0–59 are 1/15 s apart, then a 2 s jump, then 1/30 s apart: cell 6 (frame 70) sounds at (70 + 60) / 30 s.
        var video = variants.Get("vfr.mkv");
        var output = Path.Combine(variants.Folder, "vfr-gap.mid");

        var run = CliRun.InProcess("render", video, "-m", "calibration", "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        var csv = Midicsv.Read(output);
        var cell0 = csv.Notes.First(n => n.IsOn && n.Number == 60);
        var cell6 = csv.Notes.First(n => n.IsOn && n.Number == 66);
        Assert.Equal(20 / 30.0, csv.Seconds(cell0.Tick), 3);
        Assert.Equal(130 / 30.0, csv.Seconds(cell6.Tick), 3);
    }
}
