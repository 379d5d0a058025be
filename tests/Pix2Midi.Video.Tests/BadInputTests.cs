using System.Text.RegularExpressions;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed partial class BadInputTests(VideoFixture videos)
{
    [ToolTheory("ffmpeg")]
    [MemberData(nameof(BadInputs.Cases), MemberType = typeof(BadInputs))]
    public void Opening_fails_with_one_line_naming_the_file_and_the_problem(string name, string problem)
    {
        var path = BadInputs.Path(videos, name);

        var error = Assert.Throws<FrameSourceException>(() => VideoFileSource.Open(path));

        Assert.Equal($"{path}: {problem}", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [ToolFact("ffmpeg")]
    public void A_cut_file_with_its_index_first_fails_where_decoding_stops()
    {
        using var source = VideoFileSource.Open(videos.Get("faststart-cut.mp4"));
        Assert.Equal(120, source.Info.FrameCount);

        var error = Assert.Throws<FrameSourceException>(() => FrameLog.ReadAll(source));

        var match = TruncatedMessage().Match(error.Message);
        Assert.True(match.Success, error.Message);
        Assert.StartsWith(source.Info.Name + ": ", error.Message, StringComparison.Ordinal);
        Assert.Equal(source.FramesRead, long.Parse(match.Groups["frames"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(source.FramesRead, 10, 100);
        // The last frame read, at its own time: after any frame the cut damaged and the decoder skipped.
        var seconds = double.Parse(match.Groups["seconds"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, ((source.FramesRead - 1) / 30.0) - 0.006, ((source.FramesRead - 1 + source.SkippedFrames) / 30.0) + 0.006);
        Assert.False(source.TryReadFrame(out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_path_is_a_programming_error(string path) =>
        Assert.ThrowsAny<ArgumentException>(() => VideoFileSource.Open(path));

    [GeneratedRegex(@": the file is truncated or damaged: decoding stopped at frame (?<frames>\d+) of 120 \((?<seconds>\d+\.\d\d) s of 4\.00 s\)$")]
    private static partial Regex TruncatedMessage();
}
