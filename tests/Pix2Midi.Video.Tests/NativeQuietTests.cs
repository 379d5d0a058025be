using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;
using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Video.Tests;

[Collection(QuietCollection.Name)]
public sealed class NativeQuietTests(VideoFixture videos)
{
    /// <summary>What the user set before the test run, which the source must leave alone.</summary>
    private static readonly string? UserLevel = Environment.GetEnvironmentVariable(OpenCvRuntime.FfmpegLogLevelVariable);

    [ToolFact("ffmpeg")]
    public void Ffmpeg_is_told_to_be_quiet_in_the_native_environment_unless_the_user_chose_a_level()
    {
        using (VideoFileSource.Open(videos.Get("gray128.mkv")))
        {
        }

        Assert.Equal(UserLevel ?? OpenCvRuntime.FfmpegQuiet, OpenCvRuntime.NativeFfmpegLogLevel());
    }

    /// <summary>
    /// Damaged files make FFmpeg print ("moov atom not found", "Invalid NAL unit size") and raw
    /// luma reads make OpenCV warn, once a frame; the user must see only our one-line messages.
    /// </summary>
    [QuietStandardErrorFact]
    public void Bad_files_and_raw_luma_reads_print_nothing_natively()
    {
        string[] damaged = [videos.Get("text.mp4"), videos.Get("index-at-end-cut.mp4"), videos.Get("zero-frames.mp4")];
        var cut = videos.Get("faststart-cut.mp4");
        var raw = videos.Get("h264-30.mp4");
        using var directory = new TempDirectory();
        var captured = directory.File("stderr.txt");

        using (new NativeStandardError(captured))
        {
            foreach (var path in damaged)
            {
                Assert.Throws<FrameSourceException>(() => VideoFileSource.Open(path));
            }

            using (var source = VideoFileSource.Open(cut))
            {
                Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(source));
            }

            using (var source = VideoFileSource.Open(raw))
            {
                Assert.True(source.LumaFromDecoder);
                Assert.Equal(60, FrameLog.ReadAll(source).Count);
            }
        }

        Assert.Equal(string.Empty, File.ReadAllText(captured));
    }
}
