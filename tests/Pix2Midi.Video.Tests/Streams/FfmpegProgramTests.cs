using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Tests.Streams;

public class FfmpegProgramTests
{
    [Theory]
    [InlineData("ffmpeg version 5.1.6-0+deb12u1 Copyright (c) 2000-2024 the FFmpeg developers", 5)]
    [InlineData("ffmpeg version n6.1.1 Copyright", 6)]
    [InlineData("ffmpeg version 4.4.2-0ubuntu0.22.04.1", 4)]
    [InlineData("ffmpeg version N-112345-gabcdef Copyright", null)]
    [InlineData("ffmpeg version N-92722-gf22fcd4483 Copyright (c) 2000-2018\r\n  libavutil      56. 24.101 / 56. 24.101\r\n", 4)]
    [InlineData("", null)]
    public void Reads_the_major_version(string text, int? major) => Assert.Equal(major, FfmpegProgram.ParseMajorVersion(text));

    [Fact]
    public void Missing_from_path_is_one_line_saying_how_to_install_it()
    {
        using var empty = new TempDirectory();

        var error = Assert.Throws<FrameSourceException>(() => FfmpegProgram.Locate("http://cam/video", null, empty.Path));

        Assert.StartsWith("http://cam/video: stream URLs are read with the ffmpeg program, and it is not on PATH; install it: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_override_that_does_not_exist_is_named()
    {
        var error = Assert.Throws<FrameSourceException>(() => FfmpegProgram.Locate("rtsp://cam/s", "/nowhere/ffmpeg", "/usr/bin"));

        Assert.Contains("PIX2MIDI_FFMPEG names /nowhere/ffmpeg, which does not exist", error.Message, StringComparison.Ordinal);
    }

    [ToolFact("ffmpeg")]
    public void Finds_the_installed_program_and_its_version()
    {
        var path = FfmpegProgram.Find(null, Environment.GetEnvironmentVariable("PATH"));

        Assert.NotNull(path);
        Assert.True(FfmpegProgram.MajorVersion(path) >= 4);
    }
}
