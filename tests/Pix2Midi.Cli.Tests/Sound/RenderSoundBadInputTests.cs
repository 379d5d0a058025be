namespace Pix2Midi.Cli.Tests.Sound;

/// <summary>
/// What <c>render --audio/--video</c> refuses: one line naming the file and what is allowed, exit 1,
/// before any work, and no file at all (not even the MIDI file).
/// </summary>
[Collection(SoundCollection.Name)]
public sealed class RenderSoundBadInputTests
{
    private const string FluidR3 = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData(new[] { "--audio", "out.mp3" }, "error: out.mp3: the soundtrack's name must end in .wav")]
    [InlineData(new[] { "--video", "out.avi" }, "error: out.avi: a video with its soundtrack is written as .mp4, .mov, .mkv, .webm; name it with one of them")]
    [InlineData(new[] { "--audio", "missing/out.wav" }, "error: missing/out.wav: the folder ")]
    [InlineData(new[] { "--video", "missing/out.mp4" }, "error: missing/out.mp4: the folder ")]
    [InlineData(new[] { "--audio", "out.wav", "--soundfont", "nothing.sf2" }, "error: SoundFont nothing.sf2 does not exist: give an .sf2 SoundFont (or an .sf3 one)")]
    [InlineData(new[] { "--audio", "out.wav", "--soundfont", "notes.sf2" }, "error: notes.sf2 ")]
    [InlineData(new[] { "--audio", "out.wav", "--soundfont", "." }, "error: . is a folder, not a SoundFont: give an .sf2 SoundFont (or an .sf3 one)")]
    public void A_bad_sound_output_or_soundfont_is_one_line_before_any_work_and_leaves_no_file(string[] options, string line)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notes.sf2"), "these are not sounds\n");
        var run = CliRun.Process(temp.Path, ["render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", "out.mid", "--no-progress", .. options]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(line, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.Equal(["notes.sf2"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Without_FluidSynth_the_sound_outputs_say_what_to_install_and_the_midi_file_still_renders_alone()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["PIX2MIDI_FLUIDSYNTH_DISABLE"] = "1" };
        var video = RepoPaths.SampleVideo("calibration.mp4");
        foreach (var option in new[] { "--audio", "--video" })
        {
            var run = CliRun.Process(temp.Path, environment, "render", video, "-m", "calibration", "-o", "out.mid", option, option == "--audio" ? "out.wav" : "out.mp4", "--no-progress");
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("error: FluidSynth 2 is not installed (libfluidsynth.so.3 was not found): on Debian/Ubuntu: sudo apt install libfluidsynth3; on macOS: brew install fluid-synth; on Windows: download FluidSynth's release and put its bin folder on PATH", Assert.Single(run.ErrorLines));
            Assert.Empty(Directory.GetFiles(temp.Path));
        }

        Assert.Equal(0, CliRun.Process(temp.Path, environment, "render", video, "-m", "calibration", "-o", "out.mid", "--no-progress").ExitCode);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void Without_the_ffmpeg_program_video_is_refused_before_any_work_and_audio_still_works()
    {
        using var temp = new TempDirectory();
        using var empty = new TempDirectory();
        // No ffmpeg on PATH; the in-process decoder reads the video.
        var environment = new Dictionary<string, string> { ["PATH"] = empty.Path };
        var video = RepoPaths.SampleVideo("calibration.mp4");

        var refused = CliRun.Process(temp.Path, environment, "render", video, "-m", "calibration", "-o", "out.mid", "--video", "out.mp4", "--soundfont", FluidR3, "--decoder", "libav", "--no-progress");
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("error: out.mp4: writing the video with its soundtrack needs the ffmpeg program, which is not on PATH; install it: ", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));

        var audio = CliRun.Process(temp.Path, environment, "render", video, "-m", "calibration", "-o", "out.mid", "--audio", "out.wav", "--soundfont", FluidR3, "--decoder", "libav", "--no-progress");
        Assert.True(audio.ExitCode == 0, audio.Error);
        Assert.Equal(6L * 48000, WavFile.Read(temp.File("out.wav")).Frames);
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void A_picture_the_container_cannot_hold_unchanged_is_one_line_naming_ffmpegs_reason_and_leaves_no_file()
    {
        using var temp = new TempDirectory();
        // WebM holds VP8, VP9 or AV1 pictures only; the calibration sample is H.264.
        var run = CliRun.Process(temp.Path, "render", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "-o", "out.mid", "--video", "out.webm", "--soundfont", FluidR3, "--no-progress");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: out.webm: ffmpeg could not write the video with its soundtrack: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_sample_rate_out_of_range_is_a_usage_error()
    {
        var run = CliRun.InProcess("render", "x.mp4", "--audio", "x.wav", "--sample-rate", "100");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sample-rate 100: allowed: 8000–96000 (Hz)", run.Error, StringComparison.Ordinal);
    }
}
