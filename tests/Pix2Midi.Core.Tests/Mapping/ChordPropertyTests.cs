using FsCheck.Xunit;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>
/// Properties of the diatonic chords (<c>triad</c>, <c>seventh</c>) over generated scales (any
/// set of pitch classes holding its root, on any root) and notes: every note is in the scale.
/// </summary>
public class ChordPropertyTests
{
    private static readonly string[] Diatonic = ["triad", "seventh"];

    /// <summary>A scale from two bytes: its root 0–11 and a mask of pitch classes that always holds the root.</summary>
    private static Scale AnyScale(byte root, ushort mask) => new(root % 12, (mask & 0xFFF) | 1, "generated");

    [Property(MaxTest = 1000)]
    public bool A_diatonic_chords_notes_are_all_in_the_scale_ascending_from_the_note_or_the_next_above(byte root, ushort mask, byte note, bool seventh)
    {
        var scale = AnyScale(root, mask);
        var chord = ChordShape.Find(seventh ? "seventh" : "triad")!;
        var n = note % 128;
        Span<int> notes = stackalloc int[ChordShape.MaxNotes];

        var count = chord.NotesOn(n, scale, notes);

        var written = notes[..count];
        var first = scale.Contains(n) ? n : scale.AtOrAbove(n);
        var ascending = true;
        for (var i = 1; i < count; i++)
        {
            ascending &= written[i] > written[i - 1];
        }

        var inScale = true;
        foreach (var x in written)
        {
            inScale &= x is >= 0 and <= 127 && scale.Contains(x);
        }

        // Fewer notes than the chord has only when the next would be above 127.
        return inScale && ascending && count <= chord.Count
            && (count == 0 ? first is null or > 127 : written[0] == first)
            && (count == chord.Count || count == 0 || ThirdAbove(scale, written[count - 1]) is null or > 127);
    }

    /// <summary>The scale's note two steps above <paramref name="note"/> (a third in a seven-note scale), or null past the top.</summary>
    private static int? ThirdAbove(Scale scale, int note) =>
        scale.AtOrAbove(note + 1) is { } next and <= 127 ? scale.AtOrAbove(next + 1) : null;

    [Property(MaxTest = 300)]
    public bool A_mappings_triad_or_seventh_sounds_only_notes_of_the_regions_named_scale(byte scaleIndex, byte rootIndex, byte note, bool seventh)
    {
        // Any named scale but the chromatic (every note), on which a chord from the scale is refused.
        var scales = Scale.Names.Where(n => n != "chromatic").ToArray();
        var name = scales[scaleIndex % scales.Length];
        var root = new[] { "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B" }[rootIndex % 12];
        var json = $$"""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": {{note % 128}}, "scale": "{{root}} {{name}}", "chord": "{{Diatonic[seventh ? 1 : 0]}}" } ] }""";
        var region = Maps.Parse(json).Regions[0];
        Span<int> notes = stackalloc int[ChordShape.MaxNotes];

        var count = region.Chord!.NotesOn(region.Note, region.Scale, notes);

        var inScale = true;
        foreach (var x in notes[..count])
        {
            inScale &= region.Scale.Contains(x);
        }

        return inScale && region.Scale.Name == $"{root} {name}" && (region.Note > 100 || count == region.Chord.Count);
    }
}
