namespace Pix2Midi.Core.Analysis;

/// <summary>What the sampler measured in one region of one frame.</summary>
/// <param name="Mean">Mean brightness, 0 (black) to 1 (white).</param>
/// <param name="Peak">
/// Brightness of the region's brightest pixel, 0 to 1; 0 when the sampler was not asked for peaks.
/// </param>
/// <param name="Motion">
/// Mean absolute change of the region's pixels since the previous frame, 0 (still) to 1 (every
/// pixel went from black to white); 0 on the first frame and when the sampler was not asked for motion.
/// </param>
public readonly record struct RegionMeasurement(float Mean, float Peak, float Motion = 0);
