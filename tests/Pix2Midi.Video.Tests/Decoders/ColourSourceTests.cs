using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>
/// Colour from every file decoder (<see cref="FramePlanes.Colour"/>), on coloured boxes made by
/// ffmpeg (<see cref="DecoderVideos"/>: red, green and blue on grey, 160×120).
/// </summary>
/// <remarks>
/// <para>
/// Tolerances: the in-process libraries and the <c>ffmpeg</c> program give the same U and V
/// bytes wherever they hand on the decoder's planes (planar YUV, NV12 split, turned pictures),
/// and the same luma as when asked for luma only. Through BGR (OpenCV always; the
/// <c>ffmpeg</c> program for RGB and 10-bit) the planes are converted twice (YUV → BGR → YUV):
/// inside a box every sample is within <see cref="BgrSampleTolerance"/> of the decoder's plane and
/// the box's mean within <see cref="BgrMeanTolerance"/>. Across formats (RGB, 10-bit, 4:2:0 against
/// 4:4:4), a box's colour, as R, G, B from 0 to 1, is within <see cref="RgbTolerance"/>.
/// </para>
/// </remarks>
[Collection(DecoderVideosCollection.Name)]
public sealed class ColourSourceTests(DecoderVideos videos)
{
    /// <summary>Largest difference of one U or V sample (or Y) inside a box, decoder's plane against BGR-made one.</summary>
    public const int BgrSampleTolerance = 3;

    /// <summary>Largest difference of a box's mean U or V (or Y), decoder's plane against BGR-made one.</summary>
    public const double BgrMeanTolerance = 2.5;

    /// <summary>Largest difference of a box's mean R, G or B (0–1) between formats of the same picture.</summary>
    public const double RgbTolerance = 0.03;

    // Inside the boxes, away from their edges (chroma is subsampled, and lossy codecs blur edges).
    private static readonly Area Red = new(24, 24, 32, 32);
    private static readonly Area Green = new(104, 24, 32, 32);
    private static readonly Area Blue = new(24, 80, 32, 16);
    private static readonly Area Grey = new(100, 80, 40, 30);

    public static TheoryData<string, VideoDecoder> EveryDecoder()
    {
        var data = new TheoryData<string, VideoDecoder>();
        foreach (var file in new[] { "colour-yuv420p.mkv", "colour-yuv444p.mkv", "colour-yuv422p.mkv", "colour-nv12.nut", "colour-yuvj420p.avi" })
        {
            data.Add(file, VideoDecoder.Libav);
            data.Add(file, VideoDecoder.Ffmpeg);
            data.Add(file, VideoDecoder.OpenCv);
        }

        foreach (var file in new[] { "colour-rgb24.mov", "colour-yuv420p10.mkv" })
        {
            data.Add(file, VideoDecoder.Ffmpeg);
            data.Add(file, VideoDecoder.OpenCv);
            data.Add(file, VideoDecoder.Auto);
        }

        return data;
    }

    public static TheoryData<string> DecoderPlanes() =>
        ["colour-yuv420p.mkv", "colour-yuv444p.mkv", "colour-yuv422p.mkv", "colour-nv12.nut", "colour-yuvj420p.avi", "colour-rotated-90.mp4"];

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData(VideoDecoder.Libav)]
    [InlineData(VideoDecoder.Ffmpeg)]
    [InlineData(VideoDecoder.OpenCv)]
    [InlineData(VideoDecoder.Auto)]
    public void Asked_for_luma_frames_carry_no_colour(VideoDecoder decoder)
    {
        using var source = VideoFiles.Open(videos.Get("colour-yuv420p.mkv"), decoder);
        using var colour = VideoFiles.Open(videos.Get("colour-yuv420p.mkv"), new VideoFileOptions { Decoder = decoder, Planes = FramePlanes.Colour });

        while (source.TryReadFrame(out var frame))
        {
            Assert.True(frame.Chroma.IsEmpty);
            Assert.True(colour.TryReadFrame(out var coloured));
            Assert.False(coloured.Chroma.IsEmpty);
        }
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(EveryDecoder))]
    public void Red_reads_as_red_green_as_green_blue_as_blue_and_grey_as_grey(string file, VideoDecoder decoder)
    {
        using var source = VideoFiles.Open(videos.Get(file), new VideoFileOptions { Decoder = decoder, Planes = FramePlanes.Colour });
        var frames = 0;
        while (source.TryReadFrame(out var frame))
        {
            Assert.False(frame.Chroma.IsEmpty, $"{source.Decoder}: frame {frame.Index} has no colour");
            var what = $"{source.Decoder}, frame {frame.Index}";
            AssertColour(frame, Red, (1, 0, 0), what + ", red");
            AssertColour(frame, Green, (0, 1, 0), what + ", green");
            AssertColour(frame, Blue, (0, 0, 1), what + ", blue");
            AssertColour(frame, Grey, (0.5, 0.5, 0.5), what + ", grey");
            frames++;
        }

        Assert.True(frames >= 10, $"{frames} frames");
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(DecoderPlanes))]
    public void The_libraries_and_the_ffmpeg_program_give_the_same_colour_planes(string file)
    {
        var path = videos.Get(file);
        using var libav = LibavFileSource.Open(path, FramePlanes.Colour);
        using var program = FfmpegFileSource.Open(path, SideBySide.Tools(), null, FramePlanes.Colour);
        using var lumaOnly = LibavFileSource.Open(path);
        var frames = 0;
        while (libav.TryReadFrame(out var a))
        {
            Assert.True(program.TryReadFrame(out var b));
            Assert.True(lumaOnly.TryReadFrame(out var l));
            var ca = a.Chroma;
            var cb = b.Chroma;
            Assert.Equal((ca.Width, ca.Height, ca.ShiftX, ca.ShiftY, ca.FullRange), (cb.Width, cb.Height, cb.ShiftX, cb.ShiftY, cb.FullRange));
            Assert.Equal(file == "colour-yuvj420p.avi", ca.FullRange);
            for (var y = 0; y < ca.Height; y++)
            {
                Assert.True(ca.URow(y).SequenceEqual(cb.URow(y)), $"frame {frames}: U row {y} differs");
                Assert.True(ca.VRow(y).SequenceEqual(cb.VRow(y)), $"frame {frames}: V row {y} differs");
            }

            for (var y = 0; y < a.Luma.Height; y++)
            {
                Assert.True(a.Luma.Row(y).SequenceEqual(b.Luma.Row(y)), $"frame {frames}: luma row {y} differs between the decoders");
                Assert.True(a.Luma.Row(y).SequenceEqual(l.Luma.Row(y)), $"frame {frames}: luma row {y} differs from the luma-only read");
            }

            frames++;
        }

        Assert.False(program.TryReadFrame(out _));
        Assert.True(frames >= 10, $"{frames} frames");
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void A_turned_picture_turns_its_colour_with_it()
    {
        using var source = LibavFileSource.Open(videos.Get("colour-rotated-90.mp4"), FramePlanes.Colour);

        Assert.True(source.TryReadFrame(out var frame));

        // 160×120 shown a quarter turn counter-clockwise (as ffmpeg shows it): 120×160, the red
        // box now at the bottom left, the green one above it, the blue one right of the red.
        Assert.Equal((120, 160), (frame.Luma.Width, frame.Luma.Height));
        Assert.Equal((60, 80, 1, 1), (frame.Chroma.Width, frame.Chroma.Height, frame.Chroma.ShiftX, frame.Chroma.ShiftY));
        AssertColour(frame, new Area(24, 104, 32, 32), (1, 0, 0), "turned red");
        AssertColour(frame, new Area(24, 24, 32, 32), (0, 1, 0), "turned green");
        AssertColour(frame, new Area(80, 104, 16, 32), (0, 0, 1), "turned blue");
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("colour-yuv444p.mkv")]
    [InlineData("colour-yuv420p.mkv")]
    public void OpenCv_makes_colour_from_bgr_within_the_stated_tolerance_of_the_decoders_planes(string file)
    {
        var path = videos.Get(file);
        using var libav = LibavFileSource.Open(path, FramePlanes.Colour);
        using var opencv = VideoFileSource.Open(path, FramePlanes.Colour);
        Assert.False(opencv.LumaFromDecoder);
        while (libav.TryReadFrame(out var a))
        {
            Assert.True(opencv.TryReadFrame(out var b));
            Assert.Equal(a.Chroma.FullRange, b.Chroma.FullRange);
            foreach (var area in new[] { Red, Green, Blue, Grey })
            {
                var (ya, ua, va) = Mean(a, area);
                var (yb, ub, vb) = Mean(b, area);
                var most = MaxDifference(a, b, area);
                Assert.True(
                    Math.Abs(ya - yb) <= BgrMeanTolerance && Math.Abs(ua - ub) <= BgrMeanTolerance && Math.Abs(va - vb) <= BgrMeanTolerance && most <= BgrSampleTolerance,
                    $"frame {a.Index} at {area}: decoder Y {ya:0.00} U {ua:0.00} V {va:0.00}, OpenCV Y {yb:0.00} U {ub:0.00} V {vb:0.00}, largest sample difference {most}");
            }
        }
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("colour-rgb24.mov")]
    [InlineData("colour-yuv420p10.mkv")]
    [InlineData("colour-nv12.nut")]
    [InlineData("colour-yuv444p.mkv")]
    [InlineData("colour-yuvj420p.avi")]
    public void Other_formats_give_the_colour_of_the_planar_video_within_the_stated_tolerance(string file)
    {
        using var reference = LibavFileSource.Open(videos.Get("colour-yuv420p.mkv"), FramePlanes.Colour);
        using var program = FfmpegFileSource.Open(videos.Get(file), SideBySide.Tools(), null, FramePlanes.Colour);
        using var opencv = VideoFileSource.Open(videos.Get(file), FramePlanes.Colour);
        Assert.True(reference.TryReadFrame(out var r));
        Assert.True(program.TryReadFrame(out var p));
        Assert.True(opencv.TryReadFrame(out var o));
        foreach (var area in new[] { Red, Green, Blue, Grey })
        {
            var expected = Rgb(r, area);
            foreach (var (name, actual) in new[] { ("ffmpeg", Rgb(p, area)), ("OpenCV", Rgb(o, area)) })
            {
                Assert.True(
                    Math.Abs(expected.R - actual.R) <= RgbTolerance && Math.Abs(expected.G - actual.G) <= RgbTolerance && Math.Abs(expected.B - actual.B) <= RgbTolerance,
                    $"{name} at {area}: {actual} against {expected}");
            }
        }
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData("colour-rgb24.mov")]
    [InlineData("colour-yuv420p10.mkv")]
    public void Through_bgr_the_luma_is_the_same_grey_as_when_asked_for_luma_only(string file)
    {
        var path = videos.Get(file);
        using var program = FfmpegFileSource.Open(path, SideBySide.Tools(), null, FramePlanes.Colour);
        using var programLuma = FfmpegFileSource.Open(path, SideBySide.Tools());
        using var opencv = VideoFileSource.Open(path, FramePlanes.Colour);
        using var opencvLuma = VideoFileSource.Open(path);
        Assert.False(program.LumaFromDecoder);
        while (program.TryReadFrame(out var a))
        {
            Assert.True(programLuma.TryReadFrame(out var al));
            Assert.True(opencv.TryReadFrame(out var b));
            Assert.True(opencvLuma.TryReadFrame(out var bl));
            Assert.True(a.Chroma.FullRange);
            Assert.True(b.Chroma.FullRange);
            for (var y = 0; y < a.Luma.Height; y++)
            {
                Assert.True(a.Luma.Row(y).SequenceEqual(al.Luma.Row(y)), $"ffmpeg: luma row {y} differs");
                Assert.True(b.Luma.Row(y).SequenceEqual(bl.Luma.Row(y)), $"OpenCV: luma row {y} differs");
            }
        }
    }

    [ToolFact("ffmpeg", "ffprobe")]
    public void With_colour_the_ffmpeg_program_pipes_whole_frames_whatever_the_regions()
    {
        var regions = new[] { new NormalizedRect(0.1, 0.5, 0.2, 0.1) };
        using var source = FfmpegFileSource.Open(videos.Get("colour-yuv420p.mkv"), SideBySide.Tools(), regions, FramePlanes.Colour);

        Assert.Equal((0, 120), (source.FirstRow, source.RowCount));
        Assert.True(source.TryReadFrame(out var frame));
        AssertColour(frame, Red, (1, 0, 0), "red");
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [InlineData(VideoDecoder.Libav)]
    [InlineData(VideoDecoder.Ffmpeg)]
    public void Reading_colour_allocates_nothing_per_frame(VideoDecoder decoder)
    {
        using var source = VideoFiles.Open(videos.Get("colour-yuv420p.mkv"), new VideoFileOptions { Decoder = decoder, Planes = FramePlanes.Colour });
        long sum = 0;
        for (var i = 0; i < SteadyState.WarmUpFrames; i++)
        {
            Assert.True(source.TryReadFrame(out var frame));
            sum += frame.Chroma.U[0];
        }

        var bytes = SteadyAllocation.Least(
            _ =>
            {
                Assert.True(source.TryReadFrame(out var frame));
                sum += frame.Chroma.U[^1] + frame.Chroma.V[0] + frame.Luma.Pixels[0] + frame.Timestamp.Ticks;
            },
            10);

        Assert.Equal(0, bytes);
        Assert.True(sum > 0);
    }

    [Fact]
    public void Bgr_converts_to_the_bt601_values_of_yuv_colour_within_one()
    {
        var bgr = new byte[3];
        Span<byte> y = stackalloc byte[1], u = stackalloc byte[1], v = stackalloc byte[1];
        for (var r = 0; r < 256; r += 15)
        {
            for (var g = 0; g < 256; g += 15)
            {
                for (var b = 0; b < 256; b += 15)
                {
                    (bgr[0], bgr[1], bgr[2]) = ((byte)b, (byte)g, (byte)r);
                    var video = YuvColour.FromRgb(r / 255.0, g / 255.0, b / 255.0);
                    BgrToYuv.VideoRange(bgr, 3, y, u, v);
                    Assert.InRange(Math.Abs(y[0] - video.Y), 0, 1);
                    Assert.InRange(Math.Abs(u[0] - video.U), 0, 1);
                    Assert.InRange(Math.Abs(v[0] - video.V), 0, 1);

                    var full = YuvColour.FromRgb(r / 255.0, g / 255.0, b / 255.0, fullRange: true);
                    BgrToYuv.FullRangeChroma(bgr, 3, u, v);
                    Assert.InRange(Math.Abs(u[0] - full.U), 0, 1);
                    Assert.InRange(Math.Abs(v[0] - full.V), 0, 1);
                }
            }
        }
    }

    internal static void AssertColour(VideoFrame frame, Area area, (double R, double G, double B) expected, string what)
    {
        var (r, g, b) = Rgb(frame, area);
        const double Tolerance = 0.12;
        Assert.True(
            Math.Abs(r - expected.R) <= Tolerance && Math.Abs(g - expected.G) <= Tolerance && Math.Abs(b - expected.B) <= Tolerance,
            $"{what}: R {r:0.000} G {g:0.000} B {b:0.000}, expected {expected}");
    }

    internal static (double R, double G, double B) Rgb(VideoFrame frame, Area area)
    {
        var (y, u, v) = Mean(frame, area);
        return YuvColour.ToRgb(y, u, v, frame.Chroma.FullRange);
    }

    /// <summary>The mean Y, U and V over the luma pixels of <paramref name="area"/>.</summary>
    internal static (double Y, double U, double V) Mean(VideoFrame frame, Area area)
    {
        var chroma = frame.Chroma;
        double y = 0, u = 0, v = 0;
        for (var row = area.Y; row < area.Y + area.Height; row++)
        {
            for (var x = area.X; x < area.X + area.Width; x++)
            {
                y += frame.Luma.Row(row)[x];
                u += chroma.URow(row >> chroma.ShiftY)[x >> chroma.ShiftX];
                v += chroma.VRow(row >> chroma.ShiftY)[x >> chroma.ShiftX];
            }
        }

        var n = area.Width * area.Height;
        return (y / n, u / n, v / n);
    }

    private static int MaxDifference(VideoFrame a, VideoFrame b, Area area)
    {
        var most = 0;
        for (var row = area.Y; row < area.Y + area.Height; row++)
        {
            for (var x = area.X; x < area.X + area.Width; x++)
            {
                most = Math.Max(most, Math.Abs(a.Luma.Row(row)[x] - b.Luma.Row(row)[x]));
                most = Math.Max(most, Math.Abs(Sample(a.Chroma, true, x, row) - Sample(b.Chroma, true, x, row)));
                most = Math.Max(most, Math.Abs(Sample(a.Chroma, false, x, row) - Sample(b.Chroma, false, x, row)));
            }
        }

        return most;
    }

    private static int Sample(ChromaPlanes chroma, bool u, int x, int y) =>
        (u ? chroma.URow(y >> chroma.ShiftY) : chroma.VRow(y >> chroma.ShiftY))[x >> chroma.ShiftX];

    /// <summary>A rectangle of luma pixels.</summary>
    internal readonly record struct Area(int X, int Y, int Width, int Height);
}
