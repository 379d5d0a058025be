namespace Pix2Midi.Core.Mapping;

/// <summary>Bounds on a whole mapping's notes.</summary>
/// <param name="Polyphony">The most keys sounding at once, or null for no limit.</param>
/// <param name="NotesPerSecond">The most note-ons in any second of video time, or null for no limit.</param>
/// <param name="Thinning">The probability (0–1) that a note is left out.</param>
/// <param name="Seed">Chooses which notes thinning leaves out.</param>
/// <remarks>
/// A note refused by a limit or by thinning is not played at all: its region counts as triggered
/// and must fall below its off threshold before it can play again, so a lit region does not
/// retry every frame.
/// </remarks>
public sealed record NoteLimits(int? Polyphony, int? NotesPerSecond, double Thinning, int Seed)
{
    /// <summary>No limits, no thinning.</summary>
    public static NoteLimits None { get; } = new(null, null, 0, 0);
}
