namespace Pix2Midi.Core.Mapping;

/// <summary>What a region's notes follow.</summary>
public enum RegionMeasure
{
    /// <summary>The region's mean brightness: how much of it is lit, and how brightly.</summary>
    Brightness,

    /// <summary>The region's brightest pixel: a single spark is enough.</summary>
    Peak,

    /// <summary>One minus the mean brightness: a shadow, a dark object passing.</summary>
    Darkness,

    /// <summary>The mean absolute change of the region's pixels since the previous frame.</summary>
    Motion,
}
