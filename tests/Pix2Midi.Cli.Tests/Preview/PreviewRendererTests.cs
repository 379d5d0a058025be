using OpenCvSharp;
using Pix2Midi.Cli.Preview;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Tests.Preview;

/// <summary>What the preview draws, on the picture it hands to the window (no window needed).</summary>
public class PreviewRendererTests
{
    private static readonly MappedRegion Left = new("left", new NormalizedRect(0, 0, 0.5, 1), RegionMeasure.Brightness, 1, 60, 0.5, 0.3, 1, 127);
    private static readonly MappedRegion Right = new("right", new NormalizedRect(0.5, 0, 0.5, 1), RegionMeasure.Brightness, 1, 67, 0.5, 0.3, 1, 127);

    [Fact]
    public void Outlines_every_region_at_its_pixel_rectangle_and_tints_the_one_that_sounds()
    {
        using var renderer = new PreviewRenderer();
        var frame = Frame(320, 180, (x, _) => x < 160 ? (byte)200 : (byte)0);

        var canvas = renderer.Render(frame, [Left, Right], r => r == Left, "status");

        Assert.Equal((320, 180 + PreviewRenderer.StatusHeight), (canvas.Cols, canvas.Rows));
        Assert.Equal(Colour(PreviewRenderer.LitOutline), Pixel(canvas, 80, 0));
        Assert.Equal(Colour(PreviewRenderer.LitOutline), Pixel(canvas, 0, 90));
        Assert.Equal(Colour(PreviewRenderer.LitOutline), Pixel(canvas, 1, 90));
        Assert.Equal(Colour(PreviewRenderer.LitOutline), Pixel(canvas, 159, 90));
        Assert.Equal(PreviewRenderer.LitColour(200), Pixel(canvas, 80, 120));
        Assert.Equal(Colour(PreviewRenderer.Outline), Pixel(canvas, 160, 90));
        Assert.Equal(Colour(PreviewRenderer.Outline), Pixel(canvas, 240, 179));
        Assert.Equal(Colour(PreviewRenderer.Outline), Pixel(canvas, 319, 90));
        Assert.Equal((0, 0, 0), Pixel(canvas, 161, 90));
        Assert.Equal((0, 0, 0), Pixel(canvas, 240, 120));
    }

    [Fact]
    public void Labels_each_region_with_its_name_and_note_and_draws_the_status_line_below()
    {
        using var renderer = new PreviewRenderer();
        var frame = Frame(320, 180, (_, _) => 0);

        var canvas = renderer.Render(frame, [Left, Right], _ => false, "LIVE 0:01.0");

        // White text in the label box of each region, and in the status bar; none of it on the video below the labels.
        Assert.True(CountBright(canvas, new Rect(3, 3, 100, 16)) > 20);
        Assert.True(CountBright(canvas, new Rect(163, 3, 100, 16)) > 20);
        Assert.True(CountBright(canvas, new Rect(0, 180, 320, PreviewRenderer.StatusHeight)) > 20);
        Assert.Equal(0, CountBright(canvas, new Rect(10, 40, 140, 120)));
        Assert.Equal("left C4", $"{Left.Name} {Left.Label}");
    }

    [Fact]
    public void A_large_frame_is_shown_scaled_down_with_its_regions_where_they_belong()
    {
        using var renderer = new PreviewRenderer();
        var frame = Frame(1920, 1080, (x, _) => x < 960 ? (byte)255 : (byte)0);

        var canvas = renderer.Render(frame, [Left, Right], _ => false, string.Empty);

        Assert.Equal((1280, 720 + PreviewRenderer.StatusHeight), (canvas.Cols, canvas.Rows));
        Assert.Equal(Colour(PreviewRenderer.Outline), Pixel(canvas, 640, 360));
        Assert.Equal((255, 255, 255), Pixel(canvas, 320, 360));
        Assert.Equal(new Size(640, 360), PreviewRenderer.DisplaySize(640, 360));
        Assert.Equal(new Size(960, 720), PreviewRenderer.DisplaySize(1440, 1080));
    }

    [Fact]
    public void A_region_too_small_for_a_label_gets_only_its_outline()
    {
        using var renderer = new PreviewRenderer();
        var tiny = Left with { Name = "tiny", Rect = new NormalizedRect(0.1, 0.1, 0.02, 0.02) };
        var frame = Frame(320, 180, (_, _) => 0);

        var canvas = renderer.Render(frame, [tiny], _ => false, string.Empty);

        var r = tiny.Rect.ToPixels(320, 180);
        Assert.Equal(Colour(PreviewRenderer.Outline), Pixel(canvas, r.Left, r.Top));
        Assert.Equal(0, CountBright(canvas, new Rect(r.Right + 1, r.Top, 60, 20)));
    }

    private static PreviewFrame Frame(int width, int height, Func<int, int, byte> pixel)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = pixel(x, y);
            }
        }

        var frame = new PreviewFrame();
        frame.CopyFrom(new LumaPlane(width, height, width, pixels), 0, TimeSpan.Zero);
        return frame;
    }

    private static (int B, int G, int R) Pixel(Mat canvas, int x, int y)
    {
        var p = canvas.At<Vec3b>(y, x);
        return (p.Item0, p.Item1, p.Item2);
    }

    private static (int B, int G, int R) Colour(Scalar s) => ((int)s.Val0, (int)s.Val1, (int)s.Val2);

    private static int CountBright(Mat canvas, Rect area)
    {
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var p = canvas.At<Vec3b>(y, x);
                count += p.Item0 > 150 && p.Item1 > 150 && p.Item2 > 150 ? 1 : 0;
            }
        }

        return count;
    }
}
