using System.Collections.Immutable;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Music;

/// <summary>
/// The notes a region plays together on its note: fixed intervals (<c>major</c>, <c>m7</c>, an
/// explicit list) or a chord built from the region's scale on its note (<c>triad</c>, <c>seventh</c>).
/// </summary>
/// <param name="Name">As written in the mapping, such as <c>minor</c> or <c>triad</c>; <c>intervals</c> for an explicit list.</param>
/// <param name="Intervals">Semitones above the note, starting with 0, ascending; empty for a diatonic chord.</param>
/// <param name="ScaleSteps">For a diatonic chord, how many notes of the scale it stacks in thirds (3 or 4); 0 otherwise.</param>
public sealed record ChordShape(string Name, ImmutableArray<int> Intervals, int ScaleSteps)
{
    /// <summary>The most notes a chord may have.</summary>
    public const int MaxNotes = 8;

    /// <summary>The widest interval an explicit chord may have, in semitones above the note (three octaves).</summary>
    public const int MaxInterval = 36;

    private static readonly (string Name, int[] Intervals)[] Named =
    [
        ("major", [0, 4, 7]),
        ("minor", [0, 3, 7]),
        ("sus2", [0, 2, 7]),
        ("sus4", [0, 5, 7]),
        ("7", [0, 4, 7, 10]),
        ("maj7", [0, 4, 7, 11]),
        ("m7", [0, 3, 7, 10]),
        ("dim", [0, 3, 6]),
        ("aug", [0, 4, 8]),
        ("power", [0, 7]),
    ];

    /// <summary>Every name a mapping may give <c>chord</c>.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Named.Select(n => n.Name), "triad", "seventh"];

    /// <summary>How many notes it has.</summary>
    public int Count => ScaleSteps > 0 ? ScaleSteps : Intervals.Length;

    /// <summary>The chord named <paramref name="name"/> (case ignored), or null.</summary>
    public static ChordShape? Find(string? name)
    {
        var text = name?.Trim() ?? string.Empty;
        foreach (var (n, intervals) in Named)
        {
            if (string.Equals(n, text, StringComparison.OrdinalIgnoreCase))
            {
                return new ChordShape(n, [.. intervals], 0);
            }
        }

        return text.ToLowerInvariant() switch
        {
            "triad" => new ChordShape("triad", [], 3),
            "seventh" => new ChordShape("seventh", [], 4),
            _ => null,
        };
    }

    /// <summary>A chord of explicit intervals in semitones above the note (sorted, duplicates dropped, 0 added).</summary>
    public static ChordShape FromIntervals(IEnumerable<int> intervals) =>
        new("intervals", [.. intervals.Append(0).Distinct().Order()], 0);

    /// <summary>
    /// Writes the chord's notes on <paramref name="root"/> into <paramref name="notes"/>, ascending,
    /// leaving out any above 127.
    /// </summary>
    /// <param name="root">The region's note, 0–127.</param>
    /// <param name="scale">The region's scale (a diatonic chord stacks its notes; a root outside it starts from the next note of it at or above).</param>
    /// <param name="notes">Room for <see cref="Count"/> notes.</param>
    /// <returns>How many were written.</returns>
    public int NotesOn(int root, Scale scale, Span<int> notes)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var count = 0;
        if (ScaleSteps == 0)
        {
            foreach (var interval in Intervals)
            {
                if (root + interval <= 127)
                {
                    notes[count++] = root + interval;
                }
            }

            return count;
        }

        // Every other note of the scale from the root up: root, third, fifth (, seventh).
        var note = scale.Contains(root) ? root : scale.AtOrAbove(root) ?? 128;
        for (var step = 0; step < ScaleSteps && note <= 127; step++)
        {
            notes[count++] = note;
            for (var skip = 0; skip < 2 && note <= 127; skip++)
            {
                note = scale.AtOrAbove(note + 1) ?? 128;
            }
        }

        return count;
    }

    /// <summary>Equal when the name, the intervals (element by element) and the scale steps are.</summary>
    public bool Equals(ChordShape? other) =>
        other is not null && Name == other.Name && ScaleSteps == other.ScaleSteps && Intervals.AsSpan().SequenceEqual(other.Intervals.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, ScaleSteps, Intervals.Length);

    /// <inheritdoc/>
    public override string ToString() => ScaleSteps > 0 || Name != "intervals" ? Name : $"[{string.Join(", ", Intervals)}]";
}
