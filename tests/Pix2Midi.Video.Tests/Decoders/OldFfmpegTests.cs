using System.Runtime.Versioning;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;
using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>
/// An <c>ffmpeg</c> older than its <c>ffprobe</c> (the npm registry's Windows pair: ffmpeg from 2018,
/// ffprobe from 2023): ffmpeg's options follow its own version, and an ffmpeg that refuses them or
/// fails says so with its own words.
/// </summary>
[Collection(DecoderVideosCollection.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class OldFfmpegTests(VideoFixture videos)
{
    [ToolFact("ffmpeg", "ffprobe")]
    public void An_ffmpeg_4_beside_a_newer_ffprobe_is_given_vsync_and_decodes_every_frame()
    {
        using var temp = new TempDirectory();
        var real = SideBySide.Tools();
        var old = FakeFfmpeg.Old(temp.Path, real.Ffmpeg);
        var video = videos.Get("h264-30.mp4");

        using var source = FfmpegFileSource.Open(video, new FfmpegTools(old, real.Ffprobe));
        var pixels = new List<ulong>();
        var frames = FrameLog.ReadAll(source, luma => pixels.Add(Sum(luma)));
        using var reference = FfmpegFileSource.Open(video, real);
        var referencePixels = new List<ulong>();

        Assert.Equal(FrameLog.ReadAll(reference, luma => referencePixels.Add(Sum(luma))), frames);
        Assert.Equal(60, frames.Count);
        Assert.Equal(referencePixels, pixels);
        Assert.Contains(" -vsync passthrough ", source.CommandLine, StringComparison.Ordinal);
        Assert.DoesNotContain("-fps_mode", source.CommandLine, StringComparison.Ordinal);
        Assert.Equal("ffmpeg N-92722", source.Decoder);
        Assert.False(FfmpegProgram.Version(old)!.KnowsFpsMode);
    }

    [ToolFact("ffprobe")]
    public void An_ffmpeg_that_refuses_its_arguments_says_so_with_its_own_line()
    {
        using var temp = new TempDirectory();
        var refusing = FakeFfmpeg.Refusing(temp.Path);
        var video = videos.Get("h264-30.mp4");

        var error = Assert.Throws<FrameSourceException>(() => FfmpegFileSource.Open(video, new FfmpegTools(refusing, SideBySide.Tools().Ffprobe)));

        Assert.Equal(
            $"{video}: {refusing} (FFmpeg 3.0) refused Pix2Midi's arguments (ffmpeg: Unrecognized option 'copyts'.); name another ffmpeg (FFmpeg 4 or later) with PIX2MIDI_FFMPEG, or use another --decoder",
            error.Message);
        Assert.Contains("-version", File.ReadAllText(Path.Combine(temp.Path, "calls.txt")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unrecognized option 'fps_mode'.", "refused Pix2Midi's arguments (ffmpeg: Unrecognized option 'fps_mode'.)")]
    [InlineData("Missing argument for option 'vf'.", "refused Pix2Midi's arguments (ffmpeg: Missing argument for option 'vf'.)")]
    [InlineData("Decoder (codec h264) not found for input stream #0:0", "could not decode it (ffmpeg: Decoder (codec h264) not found for input stream #0:0; exit code 1)")]
    public void A_failing_ffmpeg_is_named_with_its_version_and_its_words(string said, string expected)
    {
        var version = FfmpegVersion.Parse("ffmpeg version N-92722-gf22fcd4483 Copyright\nlibavutil      56. 24.101 / 56. 24.101\n");

        var line = FfmpegFileSource.FailedText("a.mp4", "/opt/ff/ffmpeg", version, 1, said);

        Assert.NotNull(line);
        Assert.Equal($"a.mp4: /opt/ff/ffmpeg (FFmpeg N-92722) {expected}", line.Split("; name another")[0]);
    }

    [Fact]
    public void An_ffmpeg_that_said_nothing_leaves_the_generic_line() =>
        Assert.Null(FfmpegFileSource.FailedText("a.mp4", "ffmpeg", null, 1, said: null));

    private static ulong Sum(LumaPlane luma)
    {
        ulong sum = 0;
        for (var y = 0; y < luma.Height; y++)
        {
            foreach (var value in luma.Row(y))
            {
                sum += value;
            }
        }

        return sum;
    }
}
