using System.Runtime.InteropServices;
using Pix2Midi.Video.Files.Libav;

namespace Pix2Midi.Video.Tests.Libav;

/// <summary>
/// The structure-layout tables (<see cref="LibavLayout"/>) against what tools/libav-layout printed
/// from each release's own headers (its releases folder): these run everywhere, without a compiler
/// or FFmpeg's headers. <see cref="LibavLayoutCompilerTests"/> compiles the checker where headers are.
/// </summary>
public sealed class LibavLayoutTests
{
    public static TheoryData<string> Releases()
    {
        var data = new TheoryData<string>();
        foreach (var file in ReleaseFiles())
        {
            data.Add(file);
        }

        return data;
    }

    private static IEnumerable<string> ReleaseFiles() =>
        Directory.GetFiles(ReleasesFolder, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static string ReleasesFolder => Path.Combine(RepoPaths.Root, "tools", "libav-layout", "releases");

    private static LayoutTable Release(string file) =>
        LayoutTable.Parse("releases/" + file, File.ReadAllText(Path.Combine(ReleasesFolder, file)));

    [Theory]
    [MemberData(nameof(Releases))]
    public void Each_release_checked_with_a_compiler_agrees_with_the_table_of_its_majors(string file)
    {
        var release = Release(file);
        var layout = LibavLayout.Known.SingleOrDefault(k => k.FormatMajor == release.FormatMajor);

        Assert.True(layout is not null, $"{file}: no table for libavformat {release.FormatMajor}; tools/libav-layout/layout.sh --csharp prints one");
        Assert.Empty(release.Differences(layout!));
        Assert.True(layout!.Verified);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void Each_release_has_the_constants_Pix2Midi_uses(string file)
    {
        var constants = Release(file).Constants;

        Assert.Equal(Interop.Avutil.NoPts, constants["NoPts"]);
        Assert.Equal(Interop.Avutil.ErrorEof, constants["ErrorEof"]);
        Assert.Equal(Interop.Avutil.LogQuiet, constants["LogQuiet"]);
        Assert.Equal(Interop.Avutil.MediaTypeVideo, constants["MediaTypeVideo"]);
        Assert.Equal(Interop.Avutil.PacketDataDisplayMatrix, constants["PacketDataDisplayMatrix"]);
    }

    [Fact]
    public void Every_known_table_was_checked_against_a_release()
    {
        var checkedMajors = ReleaseFiles().Select(f => Release(f).FormatMajor).ToHashSet();

        Assert.All(LibavLayout.Known, k => Assert.True(checkedMajors.Contains(k.FormatMajor), $"{k.Release} has no release in tools/libav-layout/releases"));
    }

    [Fact]
    public void The_tables_are_newest_first_and_each_reads_the_display_matrix_one_way()
    {
        Assert.Equal(LibavLayout.Known.OrderByDescending(k => k.FormatMajor), LibavLayout.Known);
        Assert.Equal(["9.x", "8.x", "7.x", "6.x", "5.x"], LibavLayout.Known.Select(k => k.Release));
        Assert.All(LibavLayout.Known, k =>
        {
            int?[] sideData = [k.ParametersCodedSideData, k.ParametersCodedSideDataCount, k.SideDataData, k.SideDataSize, k.SideDataType, k.SideDataStructSize];
            Assert.All(sideData, offset => Assert.Equal(!k.StreamSideDataFunction, offset is not null));
            Assert.Equal(3, new[] { k.FramePts, k.FramePacketDts, k.FrameBestEffortTimestamp }.Distinct().Count());
        });
    }

    [Fact]
    public void The_5x_table_is_the_one_the_byte_identical_tests_were_written_with()
    {
        var table = LibavLayout.Ffmpeg5;

        Assert.Equal((59, 59, 57), (table.FormatMajor, table.CodecMajor, table.UtilMajor));
        Assert.Equal((44, 48, 72), (table.FormatNbStreams, table.FormatStreams, table.FormatDuration));
        Assert.Equal((0, 16, 24, 32, 40, 72, 200, 208), (table.StreamIndex, table.StreamTimeBase, table.StreamStartTime, table.StreamDuration, table.StreamNbFrames, table.StreamAvgFrameRate, table.StreamRealFrameRate, table.StreamCodecParameters));
        Assert.Equal((0, 4, 28, 56, 60), (table.ParametersCodecType, table.ParametersCodecId, table.ParametersFormat, table.ParametersWidth, table.ParametersHeight));
        Assert.Equal((0, 64, 104, 108, 116, 344), (table.FrameData, table.FrameLinesize, table.FrameWidth, table.FrameHeight, table.FrameFormat, table.FrameBestEffortTimestamp));
        Assert.Equal((32, 36), (table.PacketSize, table.PacketStreamIndex));
        Assert.True(table.StreamSideDataFunction);
    }

    [Fact]
    public void Each_system_is_searched_for_the_names_its_builds_use()
    {
        Assert.Equal(["libavcodec.so.61"], LibavRuntime.Candidates("avcodec", 61, OSPlatform.Linux, "/opt/pix2midi"));
        Assert.Equal([Path.Join("C:/Tools/pix2midi", "avcodec-62.dll"), "avcodec-62.dll"], LibavRuntime.Candidates("avcodec", 62, OSPlatform.Windows, "C:/Tools/pix2midi"));
        var mac = LibavRuntime.Candidates("avutil", 59, OSPlatform.OSX, "/Applications").ToList();
        Assert.Equal("libavutil.59.dylib", mac[0]);
        Assert.Contains("/opt/homebrew/lib/libavutil.59.dylib", mac);
        Assert.Contains("/opt/homebrew/opt/ffmpeg@7/lib/libavutil.59.dylib", mac);
        Assert.Contains("/usr/local/opt/ffmpeg@7/lib/libavutil.59.dylib", mac);
        Assert.Contains("/opt/local/lib/libavutil.59.dylib", mac);
        Assert.Contains("/opt/local/libexec/ffmpeg7/lib/libavutil.59.dylib", mac);
        Assert.Contains("/opt/homebrew/opt/ffmpeg@8/lib/libavformat.62.dylib", LibavRuntime.Candidates("avformat", 62, OSPlatform.OSX, "/Applications"));
    }
}
