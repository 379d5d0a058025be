using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>
/// The static parts of the fireworks scene: a dark gradient sky with dim stars, and a city
/// skyline silhouette (with a few lit windows) that is drawn over everything else.
/// </summary>
public sealed class NightSky : IDisposable
{
    private const int ShiftBits = 4;
    private const double SubPixel = 1 << ShiftBits;

    private static readonly Scalar SkyTop = new(16, 5, 2);
    private static readonly Scalar SkyHorizon = new(44, 24, 18);
    private static readonly Scalar BuildingColour = new(9, 7, 7);
    private static readonly Scalar WindowColour = new(45, 95, 140);

    public NightSky(Pcg32 random, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(random);
        Background = new Mat(height, width, MatType.CV_8UC3, Scalar.All(0));
        Skyline = new Mat(height, width, MatType.CV_8UC3, BuildingColour);
        SkylineMask = new Mat(height, width, MatType.CV_8UC1, Scalar.All(0));
        DrawSky(random, width, height);
        DrawSkyline(random, width, height);
    }

    /// <summary>Sky gradient and stars.</summary>
    public Mat Background { get; }

    /// <summary>Building colours and windows; only meaningful where <see cref="SkylineMask"/> is set.</summary>
    public Mat Skyline { get; }

    /// <summary>255 where a building hides the sky.</summary>
    public Mat SkylineMask { get; }

    /// <summary>Paints the skyline over a finished frame.</summary>
    public void CoverWithSkyline(Mat frame) => Skyline.CopyTo(frame, SkylineMask);

    public void Dispose()
    {
        Background.Dispose();
        Skyline.Dispose();
        SkylineMask.Dispose();
    }

    private void DrawSky(Pcg32 random, int width, int height)
    {
        for (var y = 0; y < height; y++)
        {
            var t = (double)y / (height - 1);
            var curve = t * t;
            var colour = new Scalar(
                SkyTop.Val0 + ((SkyHorizon.Val0 - SkyTop.Val0) * curve),
                SkyTop.Val1 + ((SkyHorizon.Val1 - SkyTop.Val1) * curve),
                SkyTop.Val2 + ((SkyHorizon.Val2 - SkyTop.Val2) * curve));
            Cv2.Line(Background, new Point(0, y), new Point(width - 1, y), colour, 1, LineTypes.Link4);
        }

        const int StarCount = 150;
        for (var i = 0; i < StarCount; i++)
        {
            var x = random.Range(0, width);
            var y = random.Range(0, height * 0.8);
            var level = random.Range(30, 105) * (1.0 - (0.6 * y / height));
            var tint = random.Range(-12, 12);
            var colour = new Scalar(level + tint, level, level - tint);
            var radius = random.Chance(0.12) ? 1.1 : 0.7;
            Cv2.Circle(Background, ToFixed(x, y), (int)(radius * SubPixel), colour, -1, LineTypes.AntiAlias, ShiftBits);
        }
    }

    private void DrawSkyline(Pcg32 random, int width, int height)
    {
        var x = -random.Next(0, 40);
        while (x < width)
        {
            var buildingWidth = random.Next(34, 115);
            var buildingHeight = random.Next(28, 105);
            if (random.Chance(0.12))
            {
                buildingWidth = random.Next(28, 50);
                buildingHeight = random.Next(120, 165);
            }

            var top = height - buildingHeight;
            var rect = new Rect(x, top, buildingWidth, buildingHeight);
            Cv2.Rectangle(SkylineMask, rect, Scalar.All(255), -1);
            if (random.Chance(0.25))
            {
                var antennaX = x + random.Next(6, Math.Max(7, buildingWidth - 6));
                var antennaTop = top - random.Next(10, 30);
                Cv2.Line(SkylineMask, new Point(antennaX, top), new Point(antennaX, antennaTop), Scalar.All(255), 2);
            }

            DrawWindows(random, rect);
            x += buildingWidth + (random.Chance(0.3) ? random.Next(0, 8) : 0);
        }
    }

    private void DrawWindows(Pcg32 random, Rect building)
    {
        const int Spacing = 9;
        var litChance = random.Range(0.03, 0.18);
        for (var wy = building.Top + 8; wy < building.Bottom - 10; wy += Spacing)
        {
            for (var wx = building.Left + 6; wx < building.Right - 8; wx += Spacing - 2)
            {
                if (random.Chance(litChance))
                {
                    var level = random.Range(0.45, 1.0);
                    var colour = new Scalar(WindowColour.Val0 * level, WindowColour.Val1 * level, WindowColour.Val2 * level);
                    Cv2.Rectangle(Skyline, new Rect(wx, wy, 3, 4), colour, -1);
                }
            }
        }
    }

    private static Point ToFixed(double x, double y) =>
        new((int)Math.Round(x * SubPixel), (int)Math.Round(y * SubPixel));
}
