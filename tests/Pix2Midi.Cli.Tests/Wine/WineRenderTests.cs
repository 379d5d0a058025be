namespace Pix2Midi.Cli.Tests.Wine;

/// <summary>
/// <c>render</c> in the Windows build under Wine, through the <c>ffmpeg</c> program decoder with the
/// npm registry's Windows FFmpeg (an FFmpeg 4 ffmpeg.exe beside a newer ffprobe.exe): the same MIDI
/// files, byte for byte, as the Linux build's, the same lines for damaged files, paths with spaces
/// and accents, and text that is UTF-8 when redirected.
/// </summary>
[Collection(WineCollection.Name)]
public sealed class WineRenderTests(WineBuild windows)
{
    [WineFact]
    public void The_sample_videos_render_to_the_linux_builds_midi_files_byte_for_byte()
    {
        using var temp = new TempDirectory();
        foreach (var name in new[] { "fireworks.mp4", "calibration.mp4" })
        {
            File.Copy(RepoPaths.SampleVideo(name), temp.File(name));
            var mapping = name == "calibration.mp4" ? "calibration" : "fireworks";

            var win = windows.Run(temp.Path, "render", name, "-m", mapping, "-o", "win.mid", "--decoder", "ffmpeg");
            var linux = CliRun.Process(temp.Path, "render", name, "-m", mapping, "-o", "linux.mid", "--decoder", "ffmpeg");

            Assert.True(win.ExitCode == 0, win.Output + win.Error);
            Assert.True(linux.ExitCode == 0, linux.Error);
            Assert.Equal(File.ReadAllBytes(temp.File("linux.mid")), File.ReadAllBytes(temp.File("win.mid")));
            // ffmpeg's own version (the 2018 snapshot), not ffprobe's.
            Assert.Contains("decoded by ffmpeg N-92722", win.Output, StringComparison.Ordinal);
            // Redirected, the text is UTF-8 (not code page 1252's "?" for the arrow) with Windows line ends.
            Assert.StartsWith($"Rendered {name} → win.mid\r\n", win.Output, StringComparison.Ordinal);
            Assert.Contains(name == "calibration.mp4" ? "640×360, 30 fps" : "1280×720, 30 fps", win.Output, StringComparison.Ordinal);
            Assert.DoesNotContain('\uFFFD', win.Output);
            Assert.Equal(string.Empty, win.Error);
            File.Delete(temp.File("win.mid"));
        }
    }

    [WineFact]
    public void A_path_with_spaces_and_accents_renders_and_writes_its_midi_file_under_its_own_name()
    {
        using var temp = new TempDirectory();
        var folder = temp.File("dir with space");
        Directory.CreateDirectory(folder);
        var video = Path.Combine(folder, "vidéo ü.mp4");
        File.Copy(RepoPaths.SampleVideo("calibration.mp4"), video);

        var absolute = windows.Run(temp.Path, "render", WineBuild.WindowsPath(video), "-m", "calibration", "-o", "dir with space/sortie é.mid", "--decoder", "ffmpeg");
        var relative = windows.Run(temp.Path, "render", "dir with space/vidéo ü.mp4", "-m", "calibration", "-o", "dir with space/relative ü.mid", "--decoder", "ffmpeg");
        var linux = CliRun.Process(temp.Path, "render", "dir with space/vidéo ü.mp4", "-m", "calibration", "-o", "linux.mid", "--decoder", "ffmpeg");

        Assert.True(absolute.ExitCode == 0, absolute.Output + absolute.Error);
        Assert.True(relative.ExitCode == 0, relative.Output + relative.Error);
        Assert.Equal(0, linux.ExitCode);
        Assert.Contains("vidéo ü.mp4 → dir with space\\sortie é.mid\r\n", absolute.Output, StringComparison.Ordinal);
        // The track is named after the video, so all three name vidéo ü.mp4 the same way.
        Assert.Equal(File.ReadAllBytes(temp.File("linux.mid")), File.ReadAllBytes(Path.Combine(folder, "sortie é.mid")));
        Assert.Equal(File.ReadAllBytes(temp.File("linux.mid")), File.ReadAllBytes(Path.Combine(folder, "relative ü.mid")));
    }

    [WineFact]
    public void Damaged_and_false_videos_get_the_linux_builds_one_line()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("text.mp4"), "this is not a video\n");
        var calibration = File.ReadAllBytes(RepoPaths.SampleVideo("calibration.mp4"));
        File.WriteAllBytes(temp.File("cut.mp4"), calibration[..(calibration.Length / 2)]);

        foreach (var name in new[] { "text.mp4", "cut.mp4" })
        {
            var win = windows.Run(temp.Path, "render", name, "-o", "win.mid", "--decoder", "ffmpeg");
            var linux = CliRun.Process(temp.Path, "render", name, "-o", "linux.mid", "--decoder", "ffmpeg");

            Assert.Equal(1, linux.ExitCode);
            Assert.True(win.ExitCode == 1, $"{name}: {win.ExitCode} {win.Output} {win.Error}");
            Assert.Equal(Assert.Single(linux.ErrorLines), Assert.Single(win.ErrorLines));
            Assert.False(File.Exists(temp.File("win.mid")), name);
        }
    }

    [WineFact]
    public void Asking_for_opencv_says_in_one_line_that_this_build_has_none()
    {
        using var temp = new TempDirectory();
        File.Copy(RepoPaths.SampleVideo("calibration.mp4"), temp.File("calibration.mp4"));

        var opencv = windows.Run(temp.Path, "render", "calibration.mp4", "--decoder", "opencv");
        var roll = windows.Run(temp.Path, "render", "calibration.mp4", "-m", "calibration", "-o", "roll.mid", "--roll", "roll.png", "--decoder", "ffmpeg");
        var preview = windows.Run(temp.Path, "mapping", "preview", WineBuild.WindowsPath(RepoPaths.Mapping("calibration.json")), "--video", "calibration.mp4", "-o", "preview.png");
        var noFfmpeg = windows.Run(temp.Path, withFfmpeg: false, "render", "calibration.mp4", "--decoder", "ffmpeg");

        Assert.Equal(1, roll.ExitCode);
        Assert.StartsWith("error: roll.png: cannot draw the piano roll: OpenCV is not in this build of Pix2Midi", Assert.Single(roll.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("roll.mid")));
        Assert.Equal(1, preview.ExitCode);
        Assert.StartsWith("error: preview.png: cannot draw the preview: OpenCV is not in this build of Pix2Midi", Assert.Single(preview.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(1, opencv.ExitCode);
        Assert.Equal(
            "error: calibration.mp4: cannot decode video: OpenCV is not in this build of Pix2Midi (a Windows build made on Linux leaves OpenCV's Windows runtime out): videos decode with --decoder ffmpeg (FFmpeg installed); pictures, cameras and --decoder opencv need a Pix2Midi built on Windows",
            Assert.Single(opencv.ErrorLines));
        Assert.Equal(1, noFfmpeg.ExitCode);
        Assert.StartsWith("error: calibration.mp4: --decoder ffmpeg needs the ffmpeg and ffprobe programs, and ffmpeg is not on PATH; install FFmpeg (winget install ffmpeg)", Assert.Single(noFfmpeg.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("--decoder opencv", noFfmpeg.Error, StringComparison.Ordinal);
    }

    [WineFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_output_folder_is_one_line_before_any_work_and_leaves_no_file()
    {
        using var temp = new TempDirectory();
        File.Copy(RepoPaths.SampleVideo("calibration.mp4"), temp.File("calibration.mp4"));
        var folder = temp.File("read-only");
        Directory.CreateDirectory(folder);
        MakeReadOnly(folder, true);
        try
        {
            var render = windows.Run(temp.Path, "render", "calibration.mp4", "-m", "calibration", "-o", "read-only/out.mid", "--decoder", "ffmpeg");
            var run = windows.Run(temp.Path, "run", "calibration.mp4", "-m", "calibration", "--port", "console", "--record", "read-only/rec.mid", "--decoder", "ffmpeg");

            Assert.Equal(1, render.ExitCode);
            Assert.Equal($"error: read-only/out.mid: cannot write in {WineBuild.WindowsPath(folder)} (permission denied)", Assert.Single(render.ErrorLines));
            Assert.Equal(1, run.ExitCode);
            Assert.Equal($"error: read-only/rec.mid: cannot write in {WineBuild.WindowsPath(folder)} (permission denied)", Assert.Single(run.ErrorLines));
            Assert.Equal(string.Empty, run.Output);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            MakeReadOnly(folder, false);
        }
    }

    /// <summary>
    /// Makes <paramref name="folder"/> refuse new files: root writes anywhere, so as root (CI) it is
    /// made immutable (<c>chattr +i</c>), which binds root too; otherwise its write bits are taken away.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakeReadOnly(string folder, bool readOnly)
    {
        if (System.Environment.UserName == "root")
        {
            ExternalTool.Run("chattr", [readOnly ? "+i" : "-i", folder]).EnsureSuccess("chattr");
            return;
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | (readOnly ? UnixFileMode.None : UnixFileMode.UserWrite));
    }
}
