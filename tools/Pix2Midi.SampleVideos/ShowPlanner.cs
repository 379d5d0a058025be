namespace Pix2Midi.SampleVideos;

/// <summary>
/// Plans the fireworks show: groups of one to three shells with pauses between, placed by
/// drawing from a shuffled bag of screen regions (left/centre/right × high/middle/low) so every
/// part of the upper two-thirds of the frame lights up, then a finale in the last three seconds,
/// and nothing burning during the last half second.
/// </summary>
public static class ShowPlanner
{
    public const int FramesPerSecond = 30;
    public const int MinimumFrames = 8 * FramesPerSecond;

    private const int RegionColumns = 3;
    private const int RegionBands = 3;
    private const int FirstBurstFrame = 36;
    private const int FinaleFrames = 3 * FramesPerSecond;
    private const int DarkEndFrames = FramesPerSecond / 2;
    private const int FadeMarginFrames = 8;
    private const int FinaleShells = 9;

    /// <summary>First frame that must be dark (the last half second).</summary>
    public static int DarkStartFrame(int totalFrames) => totalFrames - DarkEndFrames;

    public static List<FireworkCue> Plan(Pcg32 random, int width, int height, int totalFrames)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalFrames, MinimumFrames);

        var cues = new List<FireworkCue>();
        var regions = new RegionBag(random, RegionColumns * RegionBands);
        var lastBurstAllowed = DarkStartFrame(totalFrames) - FadeMarginFrames;
        var finaleStart = totalFrames - FinaleFrames;

        // Main show: groups of 1–3 shells, gaps and occasional longer pauses.
        var frame = FirstBurstFrame;
        while (frame < finaleStart - 24)
        {
            var roll = random.NextDouble();
            var groupSize = roll < 0.35 ? 1 : roll < 0.75 ? 2 : 3;
            var explodeFrame = frame;
            for (var i = 0; i < groupSize && explodeFrame < finaleStart - 12; i++)
            {
                var region = regions.Next();
                var (x, y) = PointInRegion(random, region, width, height);
                cues.Add(MakeCue(random, explodeFrame, x, y, PickKind(random, allowWillow: true), lastBurstAllowed, finale: false));
                explodeFrame += random.Next(3, 13);
            }

            var gap = random.Next(12, 30);
            if (random.Chance(0.2))
            {
                gap += random.Next(30, 46);
            }

            frame = explodeFrame + gap;
        }

        // Finale: many big shells spread across the whole width within about a second.
        for (var i = 0; i < FinaleShells; i++)
        {
            var lane = (i * 4) % FinaleShells; // 0,4,8,3,7,2,6,1,5: alternates sides
            var x = width * (0.08 + (0.84 * (lane + random.Range(0.15, 0.85)) / FinaleShells));
            var y = height * random.Range(0.1, 0.5);
            var explodeFrame = finaleStart + (i * 3) + random.Next(0, 4);
            cues.Add(MakeCue(random, explodeFrame, x, y, PickKind(random, allowWillow: false), lastBurstAllowed, finale: true));
        }

        cues.Sort((a, b) => a.LaunchFrame.CompareTo(b.LaunchFrame));
        return cues;
    }

    private static (double X, double Y) PointInRegion(Pcg32 random, int region, int width, int height)
    {
        var column = region % RegionColumns;
        var band = region / RegionColumns;
        var x = width * ((column + random.Range(0.2, 0.8)) / RegionColumns);
        var y = height * (0.1 + (0.5 * (band + random.Range(0.15, 0.85)) / RegionBands));
        return (x, y);
    }

    private static BurstKind PickKind(Pcg32 random, bool allowWillow)
    {
        var roll = random.NextDouble();
        if (roll < 0.32)
        {
            return BurstKind.Peony;
        }

        if (roll < 0.54)
        {
            return BurstKind.Chrysanthemum;
        }

        if (roll < 0.7)
        {
            return BurstKind.Ring;
        }

        if (roll < 0.85 && allowWillow)
        {
            return BurstKind.Willow;
        }

        return BurstKind.Glitter;
    }

    private static FireworkCue MakeCue(Pcg32 random, int explodeFrame, double x, double y, BurstKind kind, int lastBurstAllowed, bool finale)
    {
        var (primary, secondary) = Palettes.PickPair(random);
        var count = finale ? random.Next(150, 201) : random.Next(60, 171);
        var radius = finale ? random.Range(170, 240) : random.Range(110, 210);
        if (kind == BurstKind.Ring)
        {
            count = Math.Min(count, 120);
        }

        var flight = Math.Min(random.Next(26, 40), explodeFrame - 2);
        var maxLife = Math.Max(6, lastBurstAllowed - explodeFrame);
        return new FireworkCue(explodeFrame, flight, x, y, kind, primary, secondary, count, radius, maxLife);
    }
}
