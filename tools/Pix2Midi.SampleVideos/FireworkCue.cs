using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>One planned shell: when and where it bursts, and what it looks like.</summary>
/// <param name="ExplodeFrame">Frame on which the shell bursts.</param>
/// <param name="FlightFrames">How many frames the rocket climbs before it bursts.</param>
/// <param name="X">Burst centre, pixels from the left.</param>
/// <param name="Y">Burst centre, pixels from the top.</param>
/// <param name="Kind">Shape of the burst.</param>
/// <param name="Primary">Main star colour (BGR).</param>
/// <param name="Secondary">Second star colour (BGR), used by some kinds.</param>
/// <param name="SparkCount">Number of stars in the burst.</param>
/// <param name="Radius">Approximate radius, in pixels, the stars travel before drag stops them.</param>
/// <param name="MaxLifeFrames">Upper bound on any star's life, so the video ends dark.</param>
public sealed record FireworkCue(
    int ExplodeFrame,
    int FlightFrames,
    double X,
    double Y,
    BurstKind Kind,
    Scalar Primary,
    Scalar Secondary,
    int SparkCount,
    double Radius,
    int MaxLifeFrames)
{
    public int LaunchFrame => ExplodeFrame - FlightFrames;
}
