namespace Pix2Midi.Core.Mapping;

/// <summary>How a region's value, from its on threshold to 1, becomes a velocity between its minimum and maximum.</summary>
public enum VelocityCurve
{
    /// <summary>In proportion.</summary>
    Linear,

    /// <summary>Soft until the value is high: (e^(s·p) − 1) / (e^s − 1).</summary>
    Exponential,

    /// <summary>Loud early: the exponential curve mirrored, 1 − f(1 − p).</summary>
    Logarithmic,

    /// <summary>p to the power of the shape.</summary>
    Gamma,
}
