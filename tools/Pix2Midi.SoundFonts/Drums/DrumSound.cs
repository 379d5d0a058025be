namespace Pix2Midi.SoundFonts.Drums;

/// <summary>The kit's distinct samples; several keys share one, tuned or shortened.</summary>
public enum DrumSound
{
    /// <summary>Bass drum.</summary>
    Kick,

    /// <summary>Snare drum.</summary>
    Snare,

    /// <summary>Hand clap.</summary>
    Clap,

    /// <summary>Tom (also timbales).</summary>
    Tom,

    /// <summary>Closed hi-hat (also the pedal hi-hat).</summary>
    ClosedHat,

    /// <summary>Open hi-hat.</summary>
    OpenHat,

    /// <summary>Crash cymbal (also Chinese and splash).</summary>
    Crash,

    /// <summary>Ride cymbal (also the ride bell).</summary>
    Ride,

    /// <summary>Side stick.</summary>
    SideStick,

    /// <summary>Cowbell (also agogos).</summary>
    Cowbell,

    /// <summary>Conga (also bongos).</summary>
    Conga,

    /// <summary>Shaker (cabasa, maracas).</summary>
    Shaker,

    /// <summary>Tambourine (also the vibraslap).</summary>
    Tambourine,

    /// <summary>Wood block (also claves).</summary>
    Block,

    /// <summary>Guiro.</summary>
    Guiro,

    /// <summary>Cuica.</summary>
    Cuica,

    /// <summary>Triangle: looped, its ring shaped by the envelope.</summary>
    Triangle,

    /// <summary>Whistle: looped, its length set by the envelope.</summary>
    Whistle,
}
