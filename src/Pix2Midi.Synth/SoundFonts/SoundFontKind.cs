namespace Pix2Midi.Synth.SoundFonts;

/// <summary>What a SoundFont file's header says it is.</summary>
public enum SoundFontKind
{
    /// <summary>SoundFont 2 (<c>RIFF sfbk</c>, <c>ifil</c> major 2): 16-bit samples, loads everywhere.</summary>
    Sf2,

    /// <summary>SF3 (<c>ifil</c> major 3): Ogg Vorbis samples, which need a FluidSynth built with libsndfile.</summary>
    Sf3,

    /// <summary>Downloadable Sounds (<c>RIFF DLS </c>), which need a FluidSynth built with libinstpatch.</summary>
    Dls,
}
