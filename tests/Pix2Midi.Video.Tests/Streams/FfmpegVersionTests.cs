using Pix2Midi.Video.Streams;

namespace Pix2Midi.Video.Tests.Streams;

public class FfmpegVersionTests
{
    /// <summary>The first lines of the npm registry's Windows ffmpeg.exe 4.1.0: a 2018 git snapshot with no release number.</summary>
    private const string Snapshot2018 =
        "ffmpeg version N-92722-gf22fcd4483 Copyright (c) 2000-2018 the FFmpeg developers\r\n"
        + "built with gcc 8.2.1 (GCC) 20181201\r\n"
        + "libavutil      56. 24.101 / 56. 24.101\r\n"
        + "libavcodec     58. 42.104 / 58. 42.104\r\n";

    private const string Debian519 =
        "ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2025 the FFmpeg developers\n"
        + "libavutil      57. 28.100 / 57. 28.100\n";

    private const string Snapshot2024 =
        "ffmpeg version N-113000-g0123abcd Copyright (c) 2000-2024 the FFmpeg developers\n"
        + "libavutil      58. 36.100 / 58. 36.100\n";

    private const string Gyan2023 =
        "ffmpeg version 2023-02-13-git-2296078397-essentials_build-www.gyan.dev Copyright (c) 2000-2023 the FFmpeg developers\n"
        + "libavutil      58.  0.100 / 58.  0.100\n";

    private const string SnapshotBefore51 =
        "ffmpeg version N-107000-gabc Copyright (c) 2000-2022 the FFmpeg developers\n"
        + "libavutil      57. 26.100 / 57. 26.100\n";

    [Theory]
    [InlineData(Snapshot2018, false, 4, "N-92722")]
    [InlineData(Debian519, true, 5, "5.1.9")]
    [InlineData(Snapshot2024, true, 6, "N-113000")]
    [InlineData(Gyan2023, true, 6, "2023-02-13")]
    [InlineData(SnapshotBefore51, false, 5, "N-107000")]
    [InlineData("ffmpeg version 4.4.2-0ubuntu0.22.04.1 Copyright", false, 4, "4.4.2")]
    [InlineData("ffmpeg version 5.0.3 Copyright", false, 5, "5.0.3")]
    [InlineData("ffmpeg version n6.0 Copyright", true, 6, "6.0")]
    [InlineData("ffmpeg version 7.1.1 Copyright", true, 7, "7.1.1")]
    [InlineData("ffmpeg version 4.1 Copyright\nlibavutil      56. 22.100 / 56. 22.100\n", false, 4, "4.1")]
    [InlineData("ffmpeg version N-112345-g0123abcd Copyright", true, null, "N-112345")]
    public void Options_follow_the_programs_own_version(string output, bool fpsMode, int? major, string shortText)
    {
        var version = FfmpegVersion.Parse(output);

        Assert.NotNull(version);
        Assert.Equal(fpsMode, version.KnowsFpsMode);
        Assert.Equal(major, version.Major);
        Assert.Equal(shortText, version.Short);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ffprobe version 7.1 Copyright")]
    [InlineData("not ffmpeg at all")]
    public void Output_without_an_ffmpeg_version_line_gives_none(string output) => Assert.Null(FfmpegVersion.Parse(output));
}
