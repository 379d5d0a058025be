namespace Pix2Midi.Core.Mapping;

/// <summary>What a region's notes (or its pitch, or its controller) follow.</summary>
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

    /// <summary>The share of the region's pixels of its colour.</summary>
    Coverage,

    /// <summary>The hue of the region's coloured pixels, round the wheel from red.</summary>
    Hue,

    /// <summary>The saturation of the region's mean colour.</summary>
    Saturation,

    /// <summary>The red of the region's mean colour.</summary>
    Red,

    /// <summary>The green of the region's mean colour.</summary>
    Green,

    /// <summary>The blue of the region's mean colour.</summary>
    Blue,

    /// <summary>The difference from a reference picture taken when the run starts.</summary>
    Change,

    /// <summary>Where across the region its (matching or bright) pixels' centre lies, left 0 to right 1: for pitch and controllers.</summary>
    X,

    /// <summary>Where up the region that centre lies, bottom 0 to top 1: for pitch and controllers.</summary>
    Y,
}
