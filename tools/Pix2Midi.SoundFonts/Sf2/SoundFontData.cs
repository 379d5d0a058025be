namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>A whole SoundFont 2 bank, ready to write.</summary>
/// <param name="Name">The bank's name (INFO INAM).</param>
/// <param name="Copyright">The copyright line (INFO ICOP).</param>
/// <param name="Comment">A comment (INFO ICMT).</param>
/// <param name="Samples">All samples, in the order they are stored.</param>
/// <param name="Instruments">All instruments.</param>
/// <param name="Presets">All presets.</param>
public sealed record SoundFontData(
    string Name,
    string Copyright,
    string Comment,
    IReadOnlyList<SampleData> Samples,
    IReadOnlyList<InstrumentData> Instruments,
    IReadOnlyList<PresetData> Presets);
