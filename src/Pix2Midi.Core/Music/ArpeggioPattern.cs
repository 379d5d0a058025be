namespace Pix2Midi.Core.Music;

/// <summary>The order an arpeggio plays its chord's notes in.</summary>
public enum ArpeggioPattern
{
    /// <summary>Lowest to highest, then again from the lowest.</summary>
    Up,

    /// <summary>Highest to lowest, then again from the highest.</summary>
    Down,

    /// <summary>Up to the highest and back down, the ends played once each turn.</summary>
    UpDown,

    /// <summary>A note of the chord chosen at each step from a seed: the same notes every render and run.</summary>
    Random,
}
