namespace Pix2Midi.Core.Analysis;

/// <summary>What the sampler measured in one region of one frame.</summary>
/// <param name="Mean">
/// Mean brightness, 0 (black) to 1 (white). For a region with a colour, pixels of other colours
/// count as black: a red burst filling half the region at full brightness is 0.5.
/// </param>
/// <param name="Peak">
/// Brightness of the region's brightest (matching) pixel, 0 to 1; 0 when the sampler was not asked for peaks.
/// </param>
/// <param name="Motion">
/// Mean absolute change of the region's pixels since the previous frame, 0 (still) to 1 (every
/// pixel went from black to white); 0 on the first frame and when the sampler was not asked for motion.
/// </param>
/// <remarks>
/// The colour readings (<see cref="Coverage"/> to <see cref="Y"/>, and <see cref="Change"/>) are
/// measured only for regions that use them; elsewhere they are 0.
/// </remarks>
public readonly record struct RegionMeasurement(float Mean, float Peak, float Motion = 0)
{
    /// <summary>The share of the region's pixels that match its colour, 0–1 (with no colour, the share that are coloured at all).</summary>
    public float Coverage { get; init; }

    /// <summary>The hue of the region's matching (with no colour, coloured) pixels, 0–1 round the wheel from red; 0 when none.</summary>
    public float Hue { get; init; }

    /// <summary>The HSV saturation of those pixels' mean colour, 0–1.</summary>
    public float Saturation { get; init; }

    /// <summary>The red of the mean colour of the region's matching (with no colour, all) pixels, 0–1.</summary>
    public float Red { get; init; }

    /// <summary>The green of that colour, 0–1.</summary>
    public float Green { get; init; }

    /// <summary>The blue of that colour, 0–1.</summary>
    public float Blue { get; init; }

    /// <summary>
    /// Where across the region the centre of its matching pixels (with no colour, of its bright
    /// ones) lies, weighted by their brightness: 0 at the left edge, 1 at the right; 0.5 when none.
    /// </summary>
    public float X { get; init; }

    /// <summary>Where up the region that centre lies: 0 at the bottom edge, 1 at the top; 0.5 when none.</summary>
    public float Y { get; init; }

    /// <summary>Mean absolute difference from the reference picture (taken when the run starts), 0–1.</summary>
    public float Change { get; init; }
}
