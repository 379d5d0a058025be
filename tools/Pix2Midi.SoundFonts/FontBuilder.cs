using Pix2Midi.SoundFonts.Sf2;

namespace Pix2Midi.SoundFonts;

/// <summary>Collects samples, instruments and presets, handing out their indices.</summary>
public sealed class FontBuilder
{
    private readonly List<SampleData> _samples = [];
    private readonly List<InstrumentData> _instruments = [];
    private readonly List<PresetData> _presets = [];

    /// <summary>Adds a sample; returns its index.</summary>
    public int AddSample(SampleData sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        _samples.Add(sample);
        return _samples.Count - 1;
    }

    /// <summary>Adds an instrument; returns its index.</summary>
    public int AddInstrument(string name, IReadOnlyList<Zone> zones)
    {
        _instruments.Add(new InstrumentData(name, zones));
        return _instruments.Count - 1;
    }

    /// <summary>
    /// Adds an instrument whose samples split the keyboard: each sample plays the keys nearest
    /// its root, so no note is transposed further than half the gap to the next sample.
    /// </summary>
    /// <param name="name">The instrument name.</param>
    /// <param name="samples">The samples, in rising root key order.</param>
    /// <param name="generators">Generators every zone shares (envelopes, loop mode…).</param>
    /// <param name="modulators">Modulators every zone shares.</param>
    /// <returns>The instrument's index.</returns>
    public int AddKeySplitInstrument(string name, IReadOnlyList<SampleData> samples, IReadOnlyList<Generator> generators, IReadOnlyList<Modulator> modulators)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var zones = new List<Zone>();
        for (var i = 0; i < samples.Count; i++)
        {
            var low = i == 0 ? 0 : ((samples[i - 1].OriginalKey + samples[i].OriginalKey) / 2) + 1;
            var high = i == samples.Count - 1 ? 127 : (samples[i].OriginalKey + samples[i + 1].OriginalKey) / 2;
            var index = AddSample(samples[i]);
            zones.Add(new Zone(index, [Generator.Keys(low, high), .. generators]) { Modulators = modulators });
        }

        return AddInstrument(name, zones);
    }

    /// <summary>Adds a preset.</summary>
    public void AddPreset(PresetData preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        _presets.Add(preset);
    }

    /// <summary>Everything added so far, as one bank.</summary>
    public SoundFontData ToSoundFont(string name, string copyright, string comment) =>
        new(name, copyright, comment, [.. _samples], [.. _instruments], [.. _presets]);
}
