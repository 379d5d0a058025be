using OpenCvSharp;
using Pix2Midi.Cli.Preview;

namespace Pix2Midi.Cli.Tests.Preview;

/// <summary>
/// The preview window under Xvfb, checked on screenshots pixel by pixel: the calibration video's
/// 4×4 grid of 160×90 cells, each outlined at its pixel rectangle, lit while its note sounds.
/// </summary>
public class PreviewWindowTests
{
    private const int CanvasWidth = 640;
    private const int CanvasHeight = 360 + PreviewRenderer.StatusHeight;

    [ToolFact("Xvfb", "ffmpeg")]
    public void The_live_preview_outlines_every_region_lights_the_bright_ones_and_shows_exactly_the_picture_it_drew()
    {
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        using var server = new MjpegStreamServer(RepoPaths.SampleVideo("calibration.mp4"));
        var dump = temp.File("last-drawn.png");
        using var tool = ToolProcess.Start(temp.Path, Environment(display, dump), "live", "--source", server.Url, "-m", "calibration", "--preview");
        Assert.True(tool.WaitForOutput("Playing live from", TimeSpan.FromSeconds(20)), tool.Output + tool.Error);

        var shots = display.Grab(CanvasWidth, CanvasHeight, 15, TimeSpan.FromSeconds(3)).Select(s => new Screenshot(s, CanvasWidth)).ToList();
        server.Stop();
        Assert.True(tool.WaitForOutput("Source lost: ", TimeSpan.FromSeconds(10)), tool.Output);
        var still = Still(display);
        tool.Signal("INT");
        Assert.Equal(130, tool.WaitForExit(TimeSpan.FromSeconds(20)));

        // While playing: cells light one after another where the video is bright (MJPEG is full range: white 255, grey ~160).
        var lit = shots.SelectMany(shot => Enumerable.Range(0, 16).Where(cell => IsLitAndBright(shot, cell, 255, 160) && OthersAtRest(shot, cell)).Select(cell => cell)).Distinct().ToList();
        Assert.True(lit.Count >= 3, $"lit cells seen: {string.Join(", ", lit)}");

        // After the loss every note is released: sixteen outlines at rest, and the window shows exactly what was drawn.
        var last = new Screenshot(still, CanvasWidth);
        Assert.All(Enumerable.Range(0, 16), cell => AssertOutline(last, cell, PreviewRenderer.Outline));
        using var drawn = Cv2.ImRead(dump, ImreadModes.Color);
        Assert.Equal((CanvasWidth, CanvasHeight), (drawn.Cols, drawn.Rows));
        drawn.GetArray(out Vec3b[] pixels);
        var differing = Enumerable.Range(0, pixels.Length).Where(i => (pixels[i].Item0, pixels[i].Item1, pixels[i].Item2) != last[i % CanvasWidth, i / CanvasWidth]).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} pixels differ, first at ({differing.FirstOrDefault() % CanvasWidth}, {differing.FirstOrDefault() / CanvasWidth}); status: {tool.Output}");
        Assert.Contains(Enumerable.Range(0, CanvasWidth), x => last[x, 360 + 12].R > 200);
    }

    [ToolFact("Xvfb", "ffmpeg")]
    public void Run_with_a_preview_lights_the_cells_of_the_calibration_video_as_they_play()
    {
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        using var tool = ToolProcess.Start(temp.Path, Environment(display, null), "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--preview");
        Assert.True(tool.WaitForOutput("Playing ", TimeSpan.FromSeconds(20)), tool.Output + tool.Error);

        var shots = display.Grab(CanvasWidth, CanvasHeight, 15, TimeSpan.FromSeconds(2.5)).Select(s => new Screenshot(s, CanvasWidth)).ToList();
        tool.Signal("INT");
        Assert.Equal(130, tool.WaitForExit(TimeSpan.FromSeconds(20)));

        // The decoder's luma is limited range: white 235, grey 153 drawn in grey; drawn from the
        // frame's colour planes (a source opened with colour) they become full range: 255 and 160.
        var lit = shots.SelectMany(shot => Enumerable.Range(0, 16).Where(cell => (IsLitAndBright(shot, cell, 235, 153) || IsLitAndBright(shot, cell, 255, 160)) && OthersAtRest(shot, cell))).Distinct().ToList();
        Assert.True(lit.Count >= 2, $"lit cells seen: {string.Join(", ", lit)}");
    }

    /// <summary>
    /// A red square on the left, a green one on the right, each under a region keyed on its
    /// colour: the window shows them in their colours, with a swatch of each region's mean colour.
    /// Needs <c>run --preview</c> to open its source with colour.
    /// </summary>
    [ToolFact("Xvfb", "ffmpeg")]
    public void Run_with_a_preview_shows_a_colour_video_in_colour_with_each_region_s_mean_colour()
    {
        using var temp = new TempDirectory();
        using var display = XvfbDisplay.Start();
        var video = temp.File("squares.mp4");
        ExternalTool.Ffmpeg(
            "-f", "lavfi", "-i", "color=c=black:s=640x360:r=10:d=1",
            "-vf", "drawbox=x=40:y=80:w=200:h=200:color=0xFF0000:t=fill,drawbox=x=400:y=80:w=200:h=200:color=0x00FF00:t=fill",
            "-pix_fmt", "yuv420p", "-c:v", "libx264", "-crf", "10", video);
        var mapping = temp.File("squares.json");
        File.WriteAllText(mapping, """
            { "version": 1, "name": "Squares", "regions": [
              { "name": "left", "x": 0, "y": 0, "width": 0.5, "height": 1, "note": 60, "colour": "red", "measure": "coverage", "on": 0.1, "off": 0.05 },
              { "name": "right", "x": 0.5, "y": 0, "width": 0.5, "height": 1, "note": 62, "colour": "green", "measure": "coverage", "on": 0.1, "off": 0.05 } ] }
            """);
        var dump = temp.File("last-drawn.png");

        using var tool = ToolProcess.Start(temp.Path, Environment(display, dump), "run", video, "-m", mapping, "--preview");

        Assert.True(tool.WaitForExit(TimeSpan.FromSeconds(60)) == 0, tool.Output + tool.Error);
        using var drawn = Cv2.ImRead(dump, ImreadModes.Color);
        Assert.Equal((640, 360 + PreviewRenderer.StatusHeight), (drawn.Cols, drawn.Rows));
        AssertColour(drawn, 140, 180, red: true);
        AssertColour(drawn, 500, 180, red: false);
        foreach (var (region, red) in new[] { (new Core.Analysis.NormalizedRect(0, 0, 0.5, 1), true), (new Core.Analysis.NormalizedRect(0.5, 0, 0.5, 1), false) })
        {
            var swatch = ReadingMarks.SwatchRect(region.ToPixels(640, 360));
            AssertColour(drawn, swatch.X + (swatch.Width / 2), swatch.Y + (swatch.Height / 2), red);
        }
    }

    [Fact]
    public void Without_a_display_run_says_so_in_one_line_and_plays_on()
    {
        using var temp = new TempDirectory();
        using var tool = ToolProcess.Start(temp.Path, new Dictionary<string, string> { ["DISPLAY"] = string.Empty, ["WAYLAND_DISPLAY"] = string.Empty }, "run", RepoPaths.SampleVideo("calibration.mp4"), "-m", "calibration", "--preview");

        Assert.Equal(0, tool.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Single(tool.OutputLines, l => l == "No preview window: no display ($DISPLAY is not set); playing on without it.");
        Assert.Equal(16, tool.OutputLines.Count(l => l.Contains(" on  v", StringComparison.Ordinal)));
        Assert.Empty(tool.ErrorLines);
    }

    /// <summary>A screenshot once the window has stopped changing (two in a row, 300 ms apart, alike).</summary>
    private static byte[] Still(XvfbDisplay display)
    {
        var previous = display.Grab(CanvasWidth, CanvasHeight, 5, TimeSpan.FromSeconds(0.2))[0];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            Thread.Sleep(300);
            var next = display.Grab(CanvasWidth, CanvasHeight, 5, TimeSpan.FromSeconds(0.2))[0];
            if (next.AsSpan().SequenceEqual(previous))
            {
                return next;
            }

            previous = next;
        }

        return previous;
    }

    private static Dictionary<string, string> Environment(XvfbDisplay display, string? dump)
    {
        var environment = new Dictionary<string, string> { ["DISPLAY"] = display.Name, ["WAYLAND_DISPLAY"] = string.Empty };
        if (dump is not null)
        {
            environment[PreviewWindow.DumpVariable] = dump;
        }

        return environment;
    }

    private static (int Left, int Top) Cell(int cell) => (160 * (cell % 4), 90 * (cell / 4));

    /// <summary>The cell's outline is the lit colour and its middle is the video's bright grey tinted.</summary>
    private static bool IsLitAndBright(Screenshot shot, int cell, byte white, byte grey)
    {
        var (left, top) = Cell(cell);
        var middle = shot[left + 80, top + 55];
        return OutlineIs(shot, cell, PreviewRenderer.LitOutline)
            && (Screenshot.Near(middle, PreviewRenderer.LitColour(white), 8) || Screenshot.Near(middle, PreviewRenderer.LitColour(grey), 8));
    }

    /// <summary>Every other cell outlined at rest, its middle dark.</summary>
    private static bool OthersAtRest(Screenshot shot, int lit) =>
        Enumerable.Range(0, 16).Where(c => c != lit).All(c =>
        {
            var (left, top) = Cell(c);
            var middle = shot[left + 80, top + 55];
            return OutlineIs(shot, c, PreviewRenderer.Outline) && middle.B < 30 && middle.G < 30 && middle.R < 30;
        });

    /// <summary>The middle of each of the four edges of the cell's pixel rectangle has exactly this colour.</summary>
    private static bool OutlineIs(Screenshot shot, int cell, Scalar colour)
    {
        var (left, top) = Cell(cell);
        var expected = ((int)colour.Val0, (int)colour.Val1, (int)colour.Val2);
        return shot[left + 80, top] == expected
            && shot[left + 80, top + 89] == expected
            && shot[left, top + 45] == expected
            && shot[left + 159, top + 45] == expected;
    }

    private static void AssertOutline(Screenshot shot, int cell, Scalar colour) =>
        Assert.True(OutlineIs(shot, cell, colour), $"cell {cell}: {shot[Cell(cell).Left + 80, Cell(cell).Top]}");

    /// <summary>The pixel is strongly red (or green), whatever the tint of a sounding region.</summary>
    private static void AssertColour(Mat image, int x, int y, bool red)
    {
        var p = image.At<Vec3b>(y, x);
        var (wanted, other) = red ? (p.Item2, p.Item1) : (p.Item1, p.Item2);
        Assert.True(wanted > 150 && wanted > other + 80 && wanted > p.Item0 + 80, $"({x}, {y}) should be {(red ? "red" : "green")}, is BGR {p.Item0} {p.Item1} {p.Item2}");
    }
}
