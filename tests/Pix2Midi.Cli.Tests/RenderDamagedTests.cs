using System.Globalization;
using System.Text.RegularExpressions;

namespace Pix2Midi.Cli.Tests;

/// <summary>
/// A video with damaged frames in the middle renders to the end with either decoder: exit 0, a
/// valid MIDI file with every note on a frame time of the damaged file (as ffprobe reads it),
/// and one summary line saying how many frames were skipped and where. Nothing else is printed.
/// </summary>
public sealed partial class RenderDamagedTests(RenderDamagedTests.DamagedVideos videos) : IClassFixture<RenderDamagedTests.DamagedVideos>
{
    /// <summary>The calibration sample with packets 95–97 garbled (frames between cell 8 going dark and cell 9 lighting).</summary>
    public sealed class DamagedVideos : IDisposable
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
                    var clean = _temp.File("clean-" + name);
                    ExternalTool.Ffmpeg(["-i", RepoPaths.SampleVideo("calibration.mp4"), .. Encoding(name), clean]);
                    path = _temp.File(name);
                    ExternalTool.Ffmpeg("-i", clean, "-c", "copy", "-bsf:v", "noise=amount=if(between(n\\,95\\,97)\\,2\\,0)", path);
                    _made[name] = path;
                }

                return path;
            }
        }

        public void Dispose() => _temp.Dispose();

        private static string[] Encoding(string name) => name switch
        {
            "h264.mp4" => ["-c:v", "libx264", "-crf", "12", "-g", "30"],
            "mpeg4.avi" => ["-c:v", "mpeg4", "-q:v", "2", "-g", "30"],
            _ => throw new ArgumentException(name),
        };
    }

    [ToolTheory("ffmpeg", "ffprobe", "midicsv")]
    [InlineData("h264.mp4", "ffmpeg")]
    [InlineData("h264.mp4", "opencv")]
    [InlineData("mpeg4.avi", "ffmpeg")]
    [InlineData("mpeg4.avi", "opencv")]
    public void A_video_damaged_in_the_middle_renders_to_the_end_and_says_what_was_skipped(string name, string decoder)
    {
        var video = videos.Get(name);
        using var folder = new TempDirectory();

        var run = CliRun.Process(folder.Path, "render", video, "-m", "calibration", "-o", "out.mid", "--decoder", decoder, "--no-progress");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Empty, run.Error);
        var damage = DamageLine().Match(run.Output);
        Assert.True(damage.Success, run.Output);
        var skipped = int.Parse(damage.Groups["count"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(skipped, 1, 6);
        var frames = Ffprobe.FrameTimes(video);
        Assert.Contains($"{frames.Length} frames", run.Output);

        // Every cell still sounds when it lights, and every note is on one of the damaged file's frames.
        var csv = Midicsv.Read(folder.File("out.mid"));
        foreach (var note in csv.Notes)
        {
            var time = csv.Seconds(note.Tick);
            Assert.True(frames.Any(f => Math.Abs(f - time) < 1e-4), $"{note} at {time:0.######} s is not a frame time of the damaged file");
        }

        for (var cell = 0; cell < 16; cell++)
        {
            var on = (10 + (10 * cell)) / 30.0;
            Assert.Contains(csv.Notes, n => n.IsOn && n.Number == 60 + cell && Math.Abs(csv.Seconds(n.Tick) - on) < 1e-4);
        }
    }

    [ToolTheory("ffmpeg", "midicsv")]
    [InlineData("ffmpeg")]
    [InlineData("opencv")]
    public void Run_plays_a_damaged_video_to_the_end_and_says_what_was_skipped(string decoder)
    {
        var video = videos.Get("h264.mp4");
        using var folder = new TempDirectory();

        var run = CliRun.Process(folder.Path, "run", video, "-m", "calibration", "--port", "console", "--record", "played.mid", "--decoder", decoder, "--no-status");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Matches(RunDamageLine(), run.Output);
        var csv = Midicsv.Read(folder.File("played.mid"));
        for (var cell = 0; cell < 16; cell++)
        {
            Assert.Contains(csv.Notes, n => n.IsOn && n.Number == 60 + cell);
        }

        Assert.Equal(csv.Notes.Count(n => n.IsOn), csv.Notes.Count(n => !n.IsOn));
    }

    [GeneratedRegex(@"^\d+ damaged frames? (was|were) skipped \(at 00:03\.\d(–00:03\.\d)?\); the frames after them kept their own times\.$", RegexOptions.Multiline)]
    private static partial Regex RunDamageLine();

    [GeneratedRegex(@"^  damage   (?<count>\d+) damaged frames? (was|were) skipped \(at 00:03\.\d(–00:03\.\d)?\); the frames after them keep their own times$", RegexOptions.Multiline)]
    private static partial Regex DamageLine();
}
