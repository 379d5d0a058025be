namespace Pix2Midi.SampleVideos;

/// <summary>The shapes of firework shell the fireworks video uses.</summary>
public enum BurstKind
{
    /// <summary>A sphere of single-coloured stars.</summary>
    Peony,

    /// <summary>A sphere with long streaking trails and an inner sphere in a second colour.</summary>
    Chrysanthemum,

    /// <summary>A tilted flat ring with a small core in a second colour.</summary>
    Ring,

    /// <summary>Slow golden stars that droop under gravity and leave long trails.</summary>
    Willow,

    /// <summary>White and gold stars that flicker all the way through their life.</summary>
    Glitter,
}
