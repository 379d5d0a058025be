using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>Reads two sources of the same file frame by frame, side by side, and says where they differ.</summary>
internal static class SideBySide
{
    /// <summary>What reading both to the end found.</summary>
    /// <param name="Frames">Frames both sources gave.</param>
    /// <param name="MaxLumaDifference">The largest difference of one pixel between them.</param>
    /// <param name="DifferentPixels">How many pixels differed at all.</param>
    /// <param name="TimestampMismatches">Frames whose timestamps (or indices) differed, with the first few described.</param>
    public sealed record Result(int Frames, int MaxLumaDifference, long DifferentPixels, List<string> TimestampMismatches);

    /// <summary>Reads both to the end; fails at once if one ends before the other or the sizes differ.</summary>
    /// <param name="expected">The reference decoder.</param>
    /// <param name="actual">The decoder compared with it.</param>
    /// <param name="rows">Only compare these rows (first, count); null for all.</param>
    public static Result Compare(IVideoFileSource expected, IVideoFileSource actual, (int First, int Count)? rows = null)
    {
        var frames = 0;
        var maxDifference = 0;
        long different = 0;
        var mismatches = new List<string>();
        while (true)
        {
            var more = expected.TryReadFrame(out var e);
            var moreActual = actual.TryReadFrame(out var a);
            Assert.True(more == moreActual, $"{expected.Decoder} {(more ? "has" : "has no")} frame {frames}, {actual.Decoder} {(moreActual ? "has" : "has no")}");
            if (!more)
            {
                break;
            }

            Assert.Equal((e.Luma.Width, e.Luma.Height), (a.Luma.Width, a.Luma.Height));
            if (e.Timestamp != a.Timestamp || e.Index != a.Index)
            {
                mismatches.Add($"frame {frames}: {expected.Decoder} #{e.Index} at {e.Timestamp.Ticks} ticks, {actual.Decoder} #{a.Index} at {a.Timestamp.Ticks} ticks");
            }

            var (first, count) = rows ?? (0, e.Luma.Height);
            for (var y = first; y < first + count; y++)
            {
                var expectedRow = e.Luma.Row(y);
                var actualRow = a.Luma.Row(y);
                for (var x = 0; x < expectedRow.Length; x++)
                {
                    var difference = Math.Abs(expectedRow[x] - actualRow[x]);
                    if (difference > 0)
                    {
                        different++;
                        maxDifference = Math.Max(maxDifference, difference);
                    }
                }
            }

            frames++;
        }

        return new Result(frames, maxDifference, different, mismatches);
    }

    /// <summary>The tools the ffmpeg decoder needs; the tests that call it need ffmpeg and ffprobe.</summary>
    public static FfmpegTools Tools() =>
        FfmpegTools.Find() ?? throw new InvalidOperationException("ffmpeg and ffprobe are needed on PATH");
}
