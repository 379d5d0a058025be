using System.Globalization;
using System.Text;

namespace Pix2Midi.Core.Mapping;

/// <summary>A musical scale: a root pitch class and the pitch classes above it.</summary>
/// <param name="Root">The root's pitch class, 0 (C) to 11 (B).</param>
/// <param name="Mask">The scale's pitch classes relative to the root: bit <c>i</c> set when the note <c>i</c> semitones above the root is in it.</param>
/// <param name="Name">How it was named, such as <c>A minor pentatonic</c>.</param>
public sealed record Scale(int Root, int Mask, string Name)
{
    private static readonly string[] PitchClassNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

    private static readonly (string Name, int[] Intervals)[] Known =
    [
        ("chromatic", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        ("major", [0, 2, 4, 5, 7, 9, 11]),
        ("minor", [0, 2, 3, 5, 7, 8, 10]),
        ("natural minor", [0, 2, 3, 5, 7, 8, 10]),
        ("harmonic minor", [0, 2, 3, 5, 7, 8, 11]),
        ("melodic minor", [0, 2, 3, 5, 7, 9, 11]),
        ("ionian", [0, 2, 4, 5, 7, 9, 11]),
        ("dorian", [0, 2, 3, 5, 7, 9, 10]),
        ("phrygian", [0, 1, 3, 5, 7, 8, 10]),
        ("lydian", [0, 2, 4, 6, 7, 9, 11]),
        ("mixolydian", [0, 2, 4, 5, 7, 9, 10]),
        ("aeolian", [0, 2, 3, 5, 7, 8, 10]),
        ("locrian", [0, 1, 3, 5, 6, 8, 10]),
        ("major pentatonic", [0, 2, 4, 7, 9]),
        ("minor pentatonic", [0, 3, 5, 7, 10]),
        ("blues", [0, 3, 5, 6, 7, 10]),
        ("whole tone", [0, 2, 4, 6, 8, 10]),
    ];

    /// <summary>The chromatic scale on C: every note.</summary>
    public static Scale Chromatic { get; } = new(0, 0xFFF, "C chromatic");

    /// <summary>The scale names understood, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Known.Select(k => k.Name)];

    /// <summary>The semitones above the root, ascending.</summary>
    public IReadOnlyList<int> Intervals => [.. Enumerable.Range(0, 12).Where(i => (Mask & (1 << i)) != 0)];

    /// <summary>Whether MIDI note <paramref name="note"/> is in the scale.</summary>
    public bool Contains(int note) => (Mask & (1 << ((((note - Root) % 12) + 12) % 12))) != 0;

    /// <summary>The scale's notes from <paramref name="lowest"/> to <paramref name="highest"/> inclusive, ascending.</summary>
    public int[] NotesBetween(int lowest, int highest)
    {
        var notes = new List<int>();
        for (var note = Math.Max(0, lowest); note <= Math.Min(127, highest); note++)
        {
            if (Contains(note))
            {
                notes.Add(note);
            }
        }

        return [.. notes];
    }

    /// <summary>The first note of the scale at or above <paramref name="note"/>, or null past 127.</summary>
    public int? AtOrAbove(int note)
    {
        for (var n = Math.Max(0, note); n <= 127; n++)
        {
            if (Contains(n))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a scale such as <c>A minor pentatonic</c>, <c>F# dorian</c> or <c>blues</c> (root C);
    /// a root alone such as <c>D</c> moves <paramref name="inherited"/> to that root; with
    /// <paramref name="intervals"/>, a custom scale on the root named (or the inherited root).
    /// </summary>
    /// <param name="text">Root and name, or null.</param>
    /// <param name="intervals">A custom scale's semitones above the root, or null.</param>
    /// <param name="inherited">The scale in effect before this setting.</param>
    /// <param name="scale">The scale, when the result is null.</param>
    /// <returns>Null when it reads, else what is wrong, for a message.</returns>
    public static string? TryParse(string? text, IReadOnlyList<int>? intervals, Scale inherited, out Scale? scale)
    {
        ArgumentNullException.ThrowIfNull(inherited);
        scale = null;
        int? root = null;
        var name = string.Empty;
        if (text is not null)
        {
            var words = text.Split([' ', '\t', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
            var rest = words;
            if (words.Length > 0 && TryParsePitchClass(words[0], out var pitchClass))
            {
                root = pitchClass;
                rest = words[1..];
            }

            name = string.Join(' ', rest).ToLowerInvariant();
            if (words.Length == 0)
            {
                return "the scale is empty; give a root and a name such as \"A minor pentatonic\"";
            }
        }

        if (intervals is not null)
        {
            if (name.Length > 0 && name != "custom")
            {
                return $"give either a scale name ({MappingText.Quote(text ?? string.Empty)}) or \"intervals\", not both; with intervals, \"scale\" is just the root, such as \"D\"";
            }

            var mask = 0;
            foreach (var interval in intervals)
            {
                if (interval is < 0 or > 11)
                {
                    return $"interval {interval} is out of range; allowed: semitones above the root, each 0–11";
                }

                if ((mask & (1 << interval)) != 0)
                {
                    return $"interval {interval} is listed twice; give each once";
                }

                mask |= 1 << interval;
            }

            if (mask == 0)
            {
                return "the interval list is empty; give the semitones above the root, such as [0, 2, 3, 7, 9]";
            }

            var customRoot = root ?? inherited.Root;
            scale = new Scale(customRoot, mask, $"{PitchClassNames[customRoot]} [{string.Join(' ', intervals.Order())}]");
            return null;
        }

        if (name.Length == 0)
        {
            // A root alone: the inherited scale in another key.
            var moved = root!.Value;
            scale = new Scale(moved, inherited.Mask, $"{PitchClassNames[moved]} {inherited.Kind}");
            return null;
        }

        foreach (var (known, steps) in Known)
        {
            if (string.Equals(Compact(known), Compact(name), StringComparison.Ordinal))
            {
                var namedRoot = root ?? 0;
                scale = new Scale(namedRoot, steps.Aggregate(0, (m, s) => m | (1 << s)), $"{PitchClassNames[namedRoot]} {known}");
                return null;
            }
        }

        var nearest = MappingVocabulary.Nearest(name, Names);
        return nearest is null
            ? $"{MappingText.Quote(name)} is not a scale; allowed: {string.Join(", ", Names)}, or \"intervals\""
            : $"{MappingText.Quote(name)} is not a scale; did you mean \"{nearest}\"?";
    }

    /// <summary>The scale's kind without its root, such as <c>minor pentatonic</c> or <c>[0 1 5 7 8]</c>.</summary>
    public string Kind
    {
        get
        {
            var space = Name.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? Name : Name[(space + 1)..];
        }
    }

    /// <summary>Reads a pitch class such as <c>C</c>, <c>F#</c>, <c>Bb</c> or <c>E♭</c>.</summary>
    public static bool TryParsePitchClass(string text, out int pitchClass)
    {
        pitchClass = -1;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        // A pitch class is a note name without an octave: C4's letter and accidentals.
        if (!NoteName.TryParse(text + "4", out var note) || text.Any(char.IsDigit))
        {
            return false;
        }

        pitchClass = note % 12;
        return true;
    }

    /// <summary>The name of a pitch class, with sharps.</summary>
    public static string PitchClassName(int pitchClass) => PitchClassNames[((pitchClass % 12) + 12) % 12];

    /// <inheritdoc />
    public override string ToString() => Name;

    private static string Compact(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
