using OpenCvSharp;
using Pix2Midi.Cli.Mappings;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Tests.Mapping;

/// <summary>
/// The calibration video lights cell c (row by row from the top-left) from frame 10 + 10c for
/// 3 + (c mod 4) frames (sample-videos/README.md); the calibration mapping is a 4×4 grid over it.
/// </summary>
public class MappingPreviewTests
{
    private static Vec3b Pixel(Mat image, int x, int y) => image.At<Vec3b>(y, x);

    private static Vec3b Bgr(Scalar colour) => new((byte)colour.Val0, (byte)colour.Val1, (byte)colour.Val2);

    [Fact]
    public void Outlines_every_region_on_its_pixel_rectangle_sounding_ones_in_yellow()
    {
        using var temp = new TempDirectory();
        var png = temp.File("p.png");

        // Frame 31 (1.033 s): cell 2 (top row, third column) is lit, frames 30–34.
        var run = CliRun.InProcess("mapping", "preview", "calibration", "--video", RepoPaths.SampleVideo("calibration.mp4"), "--at", "1.04", "-o", png);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("frame 31 at 1.033 s with the 16 regions of Calibration; 1 sounding", run.Output);
        using var image = Cv2.ImRead(png);
        Assert.Equal((640, 360 + MappingPreviewService.CaptionHeight), (image.Width, image.Height));
        var mapping = MappingLoader.Load(RepoPaths.Mapping("calibration.json"));
        for (var i = 0; i < mapping.Regions.Length; i++)
        {
            var region = mapping.Regions[i];
            var r = region.Rect.ToPixels(640, 360);
            var lit = region.Note == 62;
            var colour = Bgr(RegionOverlay.Outline(region, lit));
            var midY = (r.Top + r.Bottom) / 2;
            var midX = (r.Left + r.Right) / 2;
            Assert.Equal(colour, Pixel(image, r.Left, midY));
            Assert.Equal(colour, Pixel(image, r.Right - 1, midY));
            Assert.Equal(colour, Pixel(image, midX, r.Bottom - 1));
            Assert.Equal(new Vec3b(0, 0, 0), Pixel(image, r.Left + 1, midY));
        }

        Assert.Equal(Bgr(RegionOverlay.LitColour), Pixel(image, 320, 45)); // the lit cell's left edge is at x = 320
    }

    [Fact]
    public void Shows_the_video_in_colour_under_the_outlines()
    {
        using var temp = new TempDirectory();
        var png = temp.File("p.png");

        var run = CliRun.InProcess("mapping", "preview", "fireworks", "--video", RepoPaths.SampleVideo("fireworks.mp4"), "--at", "0:09.5", "-o", png);

        Assert.True(run.ExitCode == 0, run.Error);
        using var image = Cv2.ImRead(png);
        Assert.Equal((1280, 720 + MappingPreviewService.CaptionHeight), (image.Width, image.Height));
        var coloured = 0;
        for (var y = 0; y < 720; y += 4)
        {
            for (var x = 0; x < 1280; x += 4)
            {
                var p = Pixel(image, x, y);
                coloured += Math.Max(p.Item0, Math.Max(p.Item1, p.Item2)) - Math.Min(p.Item0, Math.Min(p.Item1, p.Item2)) > 60 ? 1 : 0;
            }
        }

        Assert.True(coloured > 200, $"{coloured} coloured samples: the frame should be in colour");
    }

    [ToolFact("ffmpeg")]
    public void A_red_square_is_drawn_red_and_a_green_square_green()
    {
        using var temp = new TempDirectory();
        var video = Squares(temp);
        var png = temp.File("p.png");

        var run = CliRun.InProcess("mapping", "preview", HalvesMapping(temp), "--video", video, "--at", "0.5", "-o", png);

        Assert.True(run.ExitCode == 0, run.Error);
        using var image = Cv2.ImRead(png);
        AssertSquares(image);
    }

    /// <summary>
    /// The picture is the very frame that was measured, from the decoder's colour planes (not a
    /// second reading of the file): this needs every decoder to give colour when asked.
    /// </summary>
    [ToolTheory("ffmpeg")]
    [InlineData(VideoDecoder.Libav)]
    [InlineData(VideoDecoder.Ffmpeg)]
    [InlineData(VideoDecoder.OpenCv)]
    public void The_grabbed_frame_keeps_its_colour_planes_and_is_drawn_from_them(VideoDecoder decoder)
    {
        using var temp = new TempDirectory();
        var video = Squares(temp);
        var mapping = MappingLoader.Load(HalvesMapping(temp));

        using var grab = FrameGrab.At(video, mapping, TimeSpan.FromSeconds(0.5), decoder);

        Assert.True(grab.Frame.HasColour, $"{decoder}: the frame came without colour planes");
        Assert.Equal((320, 180), (grab.Frame.Width, grab.Frame.Height));
        AssertSquares(grab.Picture);
    }

    [ToolTheory("ffmpeg")]
    [InlineData(VideoDecoder.Libav)]
    [InlineData(VideoDecoder.Ffmpeg)]
    [InlineData(VideoDecoder.OpenCv)]
    public void A_grey_video_is_drawn_in_the_greys_that_were_measured(VideoDecoder decoder)
    {
        using var temp = new TempDirectory();
        var video = temp.File("grey.mkv");
        ExternalTool.Ffmpeg("-f", "lavfi", "-i", "color=c=0x404040:size=320x180:rate=30:duration=1,drawbox=x=160:y=0:w=160:h=180:color=0xc0c0c0:t=fill", "-pix_fmt", "gray", "-c:v", "ffv1", video);
        var mapping = MappingLoader.Load(HalvesMapping(temp));

        using var grab = FrameGrab.At(video, mapping, TimeSpan.FromSeconds(0.5), decoder);

        // The greys drawn (0x40 and 0xc0), whichever decoder measured them and however it hands on grey.
        foreach (var (x, grey) in new[] { (80, 0x40), (240, 0xc0) })
        {
            var p = Pixel(grab.Picture, x, 90);
            Assert.True(Math.Abs(p.Item0 - p.Item1) <= 1 && Math.Abs(p.Item1 - p.Item2) <= 1, $"{decoder}: ({p.Item0}, {p.Item1}, {p.Item2}) at x {x} is not grey");
            Assert.InRange(p.Item1, grey - 3, grey + 3);
        }
    }

    [Theory]
    [InlineData("--at", "soon", "error: --at soon: give a time such as 2.5, 2.5s, 1500ms or 1:02.5", 2)]
    [InlineData("-o", "p.jpg", "the preview's name must end in .png", 1)]
    public void Refuses_bad_options_in_one_line(string option, string value, string expected, int code)
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("mapping", "preview", "calibration", "--video", RepoPaths.SampleVideo("calibration.mp4"), option, option == "-o" ? temp.File(value) : value);

        Assert.Equal(code, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void An_invalid_mapping_lists_its_problems_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.json");
        File.WriteAllText(bad, "{ \"regions\": [ { \"x\": 2, \"y\": 0, \"width\": 1, \"height\": 1, \"note\": 60 } ] }");

        var run = CliRun.InProcess("mapping", "preview", bad, "--video", RepoPaths.SampleVideo("calibration.mp4"), "-o", temp.File("p.png"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {bad}:1:23: $.regions[0].x: 2 is outside the frame", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(temp.File("p.png")));
    }

    [Theory]
    [InlineData("2.5", 2500)]
    [InlineData("2.5s", 2500)]
    [InlineData("1500ms", 1500)]
    [InlineData("1:02.5", 62500)]
    [InlineData("0:01:02", 62000)]
    public void Reads_times_as_people_write_them(string text, int milliseconds)
    {
        Assert.True(TimeArgument.TryParse(text, out var time));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), time);
    }

    /// <summary>A second of 320×180 video, black with a red square (x 20–120) on the left and a green one (x 200–300) on the right, both y 40–140.</summary>
    private static string Squares(TempDirectory temp)
    {
        var video = temp.File("squares.mp4");
        ExternalTool.Ffmpeg(
            "-f", "lavfi", "-i", "color=c=black:s=320x180:r=10:d=1",
            "-vf", "drawbox=x=20:y=40:w=100:h=100:color=0xFF0000:t=fill,drawbox=x=200:y=40:w=100:h=100:color=0x00FF00:t=fill",
            "-pix_fmt", "yuv420p", "-c:v", "libx264", "-crf", "10", video);
        return video;
    }

    /// <summary>A mapping with one region over each half of the frame.</summary>
    private static string HalvesMapping(TempDirectory temp)
    {
        var path = temp.File("halves.json");
        File.WriteAllText(path, """
            { "version": 1, "name": "Halves", "regions": [
              { "name": "left", "x": 0, "y": 0, "width": 0.5, "height": 1, "note": 60 },
              { "name": "right", "x": 0.5, "y": 0, "width": 0.5, "height": 1, "note": 62 } ] }
            """);
        return path;
    }

    /// <summary>Red inside the red square, green inside the green one, black between them (away from the labels and outlines).</summary>
    private static void AssertSquares(Mat image)
    {
        foreach (var (x, y) in new[] { (70, 90), (30, 130), (110, 50) })
        {
            var p = Pixel(image, x, y);
            Assert.True(p.Item2 > 200 && p.Item1 < 60 && p.Item0 < 60, $"({x}, {y}) should be red, is BGR {p.Item0} {p.Item1} {p.Item2}");
        }

        foreach (var (x, y) in new[] { (250, 90), (210, 130), (290, 50) })
        {
            var p = Pixel(image, x, y);
            Assert.True(p.Item1 > 200 && p.Item2 < 60 && p.Item0 < 60, $"({x}, {y}) should be green, is BGR {p.Item0} {p.Item1} {p.Item2}");
        }

        var between = Pixel(image, 150, 90);
        Assert.True(between.Item0 < 40 && between.Item1 < 40 && between.Item2 < 40, $"(150, 90) should be black, is BGR {between.Item0} {between.Item1} {between.Item2}");
    }
}
