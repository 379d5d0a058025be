using System.Globalization;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Tests.Playback;
using System.CommandLine;

namespace Pix2Midi.Cli.Tests;

/// <summary>
/// <c>--decoder</c>: FFmpeg's libraries in process, the ffmpeg program and OpenCV give the same
/// MIDI file, byte for byte, for every format; the libraries and ffmpeg are asked for clearly when
/// they are missing; Ctrl+C leaves no ffmpeg behind.
/// </summary>
public sealed class RenderDecoderTests(RenderFormatsTests.Variants variants) : IClassFixture<RenderFormatsTests.Variants>
{
    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("mpeg4.avi")]
    [InlineData("mjpeg.mov")]
    [InlineData("h264-25fps.mp4")]
    [InlineData("h264-ntsc.mov")]
    [InlineData("h264-60fps.mkv")]
    [InlineData("vp9.webm")]
    [InlineData("vfr.mkv")]
    [InlineData("yuv444.mp4")]
    [InlineData("rgb-png.mov")]
    public void Both_decoders_write_the_same_midi_file(string name) =>
        AssertSameMidi(variants.Get(name), "calibration");

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("calibration.mp4", "calibration")]
    [InlineData("fireworks.mp4", "fireworks")]
    [InlineData("fireworks.mp4", "motion")]
    public void Both_decoders_write_the_same_midi_file_for_the_samples(string name, string mapping) =>
        AssertSameMidi(RepoPaths.SampleVideo(name), mapping);

    [ToolFact("ffmpeg", "ffprobe")]
    public void Auto_uses_the_ffmpeg_libraries_when_they_are_installed()
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("out.mid"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("decoded by libav ", run.Output);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Auto_uses_the_ffmpeg_program_without_the_libraries()
    {
        using var temp = new TempDirectory();

        var run = Tool(temp.Path, new() { ["PIX2MIDI_LIBAV_DISABLE"] = "1" }, "render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", "out.mid");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("decoded by ffmpeg ", run.Output);
    }

    [Fact]
    public void Asking_for_libav_where_the_libraries_are_missing_says_how_to_get_them_in_one_line()
    {
        using var temp = new TempDirectory();

        var run = Tool(temp.Path, new() { ["PIX2MIDI_LIBAV_DISABLE"] = "1" }, "render", RepoPaths.SampleVideo("calibration.mp4"), "--decoder", "libav");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: " + RepoPaths.SampleVideo("calibration.mp4") + ": --decoder libav needs FFmpeg's shared libraries (libavformat, libavcodec, libavutil), and they were not found; install them (", line);
        Assert.EndsWith("or use --decoder ffmpeg", line);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Asking_for_ffmpeg_where_there_is_none_says_how_to_get_it_in_one_line()
    {
        using var temp = new TempDirectory();

        var run = Tool(temp.Path, new() { ["PIX2MIDI_FFMPEG"] = temp.File("no-ffmpeg-here") }, "render", RepoPaths.SampleVideo("calibration.mp4"), "--decoder", "ffmpeg");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: " + RepoPaths.SampleVideo("calibration.mp4") + ": --decoder ffmpeg needs the ffmpeg and ffprobe programs", line);
        Assert.Contains("install FFmpeg (", line);
        Assert.Contains("or use --decoder opencv", line);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Auto_falls_back_to_opencv_without_ffmpeg()
    {
        using var temp = new TempDirectory();

        var run = Tool(temp.Path, new() { ["PIX2MIDI_FFMPEG"] = temp.File("no-ffmpeg-here"), ["PIX2MIDI_LIBAV_DISABLE"] = "1" }, "render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", "out.mid");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("decoded by OpenCV", run.Output);
        Assert.True(File.Exists(temp.File("out.mid")));
    }

    /// <summary>An ffmpeg that cannot decode the file (a build without the codec) leaves auto to OpenCV.</summary>
    [ToolFact("ffprobe")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Auto_falls_back_to_opencv_when_ffmpeg_cannot_decode_the_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a shell script stands in for the broken ffmpeg
        }

        using var temp = new TempDirectory();
        var broken = temp.File("ffmpeg");
        File.WriteAllText(broken, "#!/bin/sh\necho '[error] Decoder (codec h264) not found for input stream #0:0' >&2\nexit 1\n");
        File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = new Dictionary<string, string> { ["PIX2MIDI_FFMPEG"] = broken, ["PIX2MIDI_LIBAV_DISABLE"] = "1" };
        var video = RepoPaths.SampleVideo("calibration.mp4");

        var auto = Tool(temp.Path, environment, "render", video, "-m", "calibration", "-o", "auto.mid");
        var forced = Tool(temp.Path, environment, "render", video, "-m", "calibration", "-o", "forced.mid", "--decoder", "ffmpeg");

        Assert.True(auto.ExitCode == 0, auto.Error);
        Assert.Contains("decoded by OpenCV", auto.Output);
        Assert.Equal(1, forced.ExitCode);
        Assert.Equal($"error: {video}: {broken} could not decode it (ffmpeg: Decoder (codec h264) not found for input stream #0:0; exit code 1)", Assert.Single(forced.ErrorLines));
        Assert.False(File.Exists(temp.File("forced.mid")));
    }

    [Fact]
    public void An_unknown_decoder_is_refused_with_the_allowed_ones()
    {
        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "--decoder", "gstreamer");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--decoder gstreamer: allowed: auto, libav, ffmpeg, opencv", run.Error);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Ctrl_c_during_a_render_leaves_no_ffmpeg_and_no_midi_file()
    {
        using var temp = new TempDirectory();
        var video = temp.File("long.mp4");
        ExternalTool.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30", "-t", "60", "-c:v", "libx264", "-preset", "ultrafast", video);
        using var tool = ToolProcess.Start(temp.Path, null, "render", video, "-o", "out.mid", "--decoder", "ffmpeg", "--no-progress");

        var ffmpeg = WaitForChild(tool.Id, "ffmpeg", TimeSpan.FromSeconds(60));
        Thread.Sleep(300);
        tool.Signal("INT");
        var run = tool.ExitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("no MIDI file was written", run.Error);
        Assert.False(IsRunning(ffmpeg), $"ffmpeg (pid {ffmpeg}) outlived pix2midi");
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.mid*"));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp"));
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("ffmpeg")]
    [InlineData("libav")]
    public void Run_plays_with_an_ffmpeg_decoder_exactly_what_a_render_writes(string decoder)
    {
        using var temp = new TempDirectory();
        var jack = new FakeMidiBackend("jack", true, "fluidsynth:midi_00");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { RunCommandFactory.Create(() => [jack]) };

        var code = root.Parse(["run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--port", "fluidsynth", "--record", temp.File("run.mid"), "--decoder", decoder])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        var render = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", temp.File("render.mid"), "--decoder", "opencv");

        Assert.True(code == 0, error.ToString());
        Assert.Equal(0, render.ExitCode);
        var played = Core.Smf.SmfReader.ReadFile(temp.File("run.mid")).ChannelEvents.Where(e => (e.Status & 0xE0) == 0x80).Select(e => (e.Tick, e.Status, e.Data1, e.Data2));
        var rendered = Core.Smf.SmfReader.ReadFile(temp.File("render.mid")).ChannelEvents.Where(e => (e.Status & 0xE0) == 0x80).Select(e => (e.Tick, e.Status, e.Data1, e.Data2));
        Assert.Equal(rendered, played);
    }

    private static void AssertSameMidi(string video, string mapping)
    {
        using var temp = new TempDirectory();

        var ffmpeg = CliRun.InProcess("render", video, "-m", mapping, "-o", temp.File("ffmpeg.mid"), "--decoder", "ffmpeg");
        var opencv = CliRun.InProcess("render", video, "-m", mapping, "-o", temp.File("opencv.mid"), "--decoder", "opencv");
        var auto = CliRun.InProcess("render", video, "-m", mapping, "-o", temp.File("auto.mid"));

        Assert.True(ffmpeg.ExitCode == 0, ffmpeg.Error);
        Assert.True(opencv.ExitCode == 0, opencv.Error);
        Assert.True(auto.ExitCode == 0, auto.Error);
        Assert.Contains("decoded by ffmpeg ", ffmpeg.Output);
        Assert.Contains("decoded by OpenCV", opencv.Output);
        Assert.Equal(File.ReadAllBytes(temp.File("opencv.mid")), File.ReadAllBytes(temp.File("ffmpeg.mid")));

        // auto reads with the libraries where it can (8-bit YUV), else with the ffmpeg program: the same file.
        Assert.Contains(LumaFirst(video) ? "decoded by libav " : "decoded by ffmpeg ", auto.Output);
        Assert.Equal(File.ReadAllBytes(temp.File("ffmpeg.mid")), File.ReadAllBytes(temp.File("auto.mid")));
    }

    /// <summary>Whether ffprobe says the video's pixels are 8-bit YUV or grey, which the libraries read.</summary>
    private static bool LumaFirst(string video)
    {
        var result = ExternalTool.Run("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=pix_fmt", "-of", "csv=p=0", video]).EnsureSuccess("ffprobe");
        return Video.Files.FfmpegFileSource.IsLumaFirst(result.StandardOutput.Trim());
    }

    private static CliRun Tool(string folder, Dictionary<string, string> environment, params string[] args)
    {
        string[] command = [.. ToolCommand.Prefix, .. args];
        var result = ExternalTool.Run(command[0], command[1..], TimeSpan.FromMinutes(3), folder, environment);
        return new CliRun(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    /// <summary>The pid of <paramref name="parent"/>'s child named <paramref name="name"/>, once it runs.</summary>
    private static int WaitForChild(int parent, string name, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                {
                    continue;
                }

                try
                {
                    // /proc/PID/stat: "pid (comm) state ppid …"
                    var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    var close = stat.LastIndexOf(')');
                    var fields = stat[(close + 2)..].Split(' ');
                    if (stat[(stat.IndexOf('(') + 1)..close] == name && fields[1] == parent.ToString(CultureInfo.InvariantCulture))
                    {
                        return pid;
                    }
                }
                catch (IOException)
                {
                }
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"no {name} child of {parent} within {timeout}");
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
