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

    /// <summary>The kit's usual name, or null for a program that names no standard kit.</summary>
    public static string? Name(int program) => program switch
    {
        Standard => "Standard",
        Room => "Room",
        Power => "Power",
        Electronic => "Electronic",
        Tr808 => "TR-808",
        Jazz => "Jazz",
        Brush => "Brush",
        Orchestra => "Orchestra",
        _ => null,
    };
}
