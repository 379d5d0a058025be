namespace Pix2Midi.SoundFonts.GeneralMidi;

/// <summary>The font's melodic instruments, which the 128 General MIDI presets share.</summary>
public enum Voice
{
    /// <summary>Piano-like keys.</summary>
    Keys,

    /// <summary>Tine electric piano.</summary>
    ElectricPiano,

    /// <summary>Celesta-like bell.</summary>
    Bell,

    /// <summary>Plucked string.</summary>
    Pluck,

    /// <summary>Bass.</summary>
    Bass,

    /// <summary>Soft ensemble pad.</summary>
    Pad,

    /// <summary>Drawbar organ.</summary>
    Organ,

    /// <summary>Sawtooth lead.</summary>
    Lead,

    /// <summary>Pitched drum.</summary>
    Percussion,

    /// <summary>Noise wash.</summary>
    Noise,
}
