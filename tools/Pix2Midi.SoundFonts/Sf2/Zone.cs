namespace Pix2Midi.SoundFonts.Sf2;

/// <summary>
/// One zone of an instrument (playing a sample) or of a preset (playing an instrument).
/// </summary>
/// <remarks>
/// The writer puts the key range first, the velocity range second and the sample or instrument
/// generator last, as the format requires, whatever the order here.
/// </remarks>
/// <param name="Target">The index of the sample (instrument zone) or instrument (preset zone).</param>
/// <param name="Generators">Everything else: ranges, envelopes, tuning…</param>
public sealed record Zone(int Target, IReadOnlyList<Generator> Generators)
{
    /// <summary>Modulators of this zone, beyond the format's default ones; none unless set.</summary>
    public IReadOnlyList<Modulator> Modulators { get; init; } = [];
}
