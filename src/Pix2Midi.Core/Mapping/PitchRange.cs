namespace Pix2Midi.Core.Mapping;

/// <summary>A pitch chosen from the value when a note starts: the notes of a scale between two notes.</summary>
/// <param name="Scale">The scale.</param>
/// <param name="Lowest">The lowest note (played at the on threshold), 0–127.</param>
/// <param name="Highest">The highest note (played at 1), 0–127.</param>
public sealed record PitchRange(Scale Scale, int Lowest, int Highest)
{
    /// <summary>The scale's notes from <see cref="Lowest"/> to <see cref="Highest"/>, ascending.</summary>
    public int[] Notes() => Scale.NotesBetween(Lowest, Highest);

    /// <summary>
    /// The note for a position from 0 (the on threshold) to 1: the range cut into equal steps,
    /// one per note of <paramref name="notes"/> (from <see cref="Notes"/>).
    /// </summary>
    public static int NoteAt(ReadOnlySpan<int> notes, double position)
    {
        var index = (int)(Math.Clamp(position, 0, 1) * notes.Length);
        return notes[Math.Min(index, notes.Length - 1)];
    }
}
