namespace Pix2Midi.Core.Mapping;

/// <summary>A control change that follows a region's value.</summary>
/// <param name="Controller">Controller number 0–119.</param>
/// <param name="Min">Controller value when the (smoothed) value is at <paramref name="Low"/>, 0–127.</param>
/// <param name="Max">Controller value at <paramref name="High"/>, 0–127; below <paramref name="Min"/> inverts.</param>
/// <param name="Low">The value that gives <paramref name="Min"/>.</param>
/// <param name="High">The value that gives <paramref name="Max"/>, above <paramref name="Low"/>.</param>
/// <param name="Smoothing">Time constant of the one-pole smoothing, in video time; zero for none.</param>
public sealed record ControlOutput(int Controller, int Min, int Max, double Low, double High, TimeSpan Smoothing)
{
    /// <summary>What the controller follows: null for the region's value, or another reading (<see cref="RegionMeasure.X"/> for pan from position).</summary>
    public RegionMeasure? From { get; init; }

    /// <summary>The controller value for a (smoothed) measured value.</summary>
    public int ValueFor(double value)
    {
        var position = High > Low ? Math.Clamp((value - Low) / (High - Low), 0, 1) : 0;
        return Math.Clamp((int)Math.Round(Min + ((Max - Min) * position), MidpointRounding.AwayFromZero), 0, 127);
    }
}
