namespace Pix2Midi.Core.Music;

/// <summary>A region's chord played one note per step while the region is lit.</summary>
/// <param name="Pattern">The order of the notes.</param>
/// <param name="Rate">One note per this division, on its own grid from the start of the video.</param>
/// <param name="Octaves">How many octaves the chord is stacked over, 1–4.</param>
/// <param name="Gate">How much of a step each note sounds, 0.1–1.</param>
public sealed record Arpeggio(ArpeggioPattern Pattern, GridDivision Rate, int Octaves, double Gate)
{
    /// <summary>The most octaves.</summary>
    public const int MaxOctaves = 4;

    /// <summary>The shortest gate.</summary>
    public const double MinGate = 0.1;

    /// <summary>The pattern names a mapping may use.</summary>
    public static IReadOnlyList<string> PatternNames { get; } = ["up", "down", "updown", "random"];

    /// <summary>The pattern named <paramref name="name"/> (case ignored), or null.</summary>
    public static ArpeggioPattern? FindPattern(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "up" => ArpeggioPattern.Up,
        "down" => ArpeggioPattern.Down,
        "updown" => ArpeggioPattern.UpDown,
        "random" => ArpeggioPattern.Random,
        _ => null,
    };

    /// <summary>
    /// The index into the chord's notes (stacked over <see cref="Octaves"/>, ascending, <paramref name="count"/> in all)
    /// that step <paramref name="step"/> (0 at the region's first step) plays.
    /// </summary>
    /// <param name="step">Steps since the arpeggio started.</param>
    /// <param name="count">How many notes the stacked chord has (1 or more).</param>
    /// <param name="seed">For <see cref="ArpeggioPattern.Random"/>: mixed with the step, so the same region plays the same notes every time.</param>
    public int IndexAt(long step, int count, ulong seed)
    {
        if (count <= 1)
        {
            return 0;
        }

        switch (Pattern)
        {
            case ArpeggioPattern.Down:
                return count - 1 - (int)(step % count);
            case ArpeggioPattern.UpDown:
                var cycle = (2 * count) - 2;
                var at = (int)(step % cycle);
                return at < count ? at : cycle - at;
            case ArpeggioPattern.Random:
                var x = seed ^ ((ulong)step * 0x9E3779B97F4A7C15UL);
                x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
                x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
                x ^= x >> 31;
                return (int)(x % (ulong)count);
            default:
                return (int)(step % count);
        }
    }
}
