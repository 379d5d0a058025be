namespace Pix2Midi.Synth.SoundFonts;

/// <summary>
/// The General MIDI drum channel and the kits a program change selects on it (GS numbering, which
/// FluidR3 and most General MIDI fonts follow in bank 128).
/// </summary>
public static class DrumKits
{
    /// <summary>MIDI channel 10, index 9: a drum channel from the start.</summary>
    public const int Channel = 9;

    /// <summary>Standard kit.</summary>
    public const int Standard = 0;

    /// <summary>Room kit.</summary>
    public const int Room = 8;

    /// <summary>Power kit.</summary>
    public const int Power = 16;

    /// <summary>Electronic kit.</summary>
    public const int Electronic = 24;

    /// <summary>TR-808 kit.</summary>
    public const int Tr808 = 25;

    /// <summary>Jazz kit.</summary>
    public const int Jazz = 32;

    /// <summary>Brush kit.</summary>
    public const int Brush = 40;

    /// <summary>Orchestra kit.</summary>
    public const int Orchestra = 48;
}
