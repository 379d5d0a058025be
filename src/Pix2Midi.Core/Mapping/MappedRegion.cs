using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Core.Mapping;

/// <summary>One region of a loaded mapping, with every default applied.</summary>
/// <param name="Name">Unique name, for messages and previews (grid cells are <c>grid[row,column]</c>, row 1 at the bottom).</param>
/// <param name="Rect">Where in the frame.</param>
/// <param name="Measure">What is measured.</param>
/// <param name="Channel">MIDI channel 1–16.</param>
/// <param name="Note">
/// MIDI note number 0–127: the note a fixed-pitch region plays; for a region whose pitch follows
/// its value (<see cref="Pitch"/>), the lowest note it can play; 0 for a region that plays no notes.
/// </param>
/// <param name="On">The note starts when the value rises to this (0–1).</param>
/// <param name="Off">The note stops when the value falls below this (0–1, lower than <paramref name="On"/>).</param>
/// <param name="VelocityMin">Velocity when the value is just at <paramref name="On"/> (1–127).</param>
/// <param name="VelocityMax">Velocity when the value is 1 (1–127).</param>
/// <remarks>
/// The positional members are the first format's; what later features add are init-only
/// properties with defaults that behave as before, so a region built from the nine values still
/// plays as it did.
/// </remarks>
public sealed record MappedRegion(
    string Name,
    NormalizedRect Rect,
    RegionMeasure Measure,
    int Channel,
    int Note,
    double On,
    double Off,
    int VelocityMin,
    int VelocityMax)
{
    /// <summary>How the value becomes a velocity between <see cref="VelocityMin"/> and <see cref="VelocityMax"/>.</summary>
    public VelocityCurve VelocityCurve { get; init; } = VelocityCurve.Linear;

    /// <summary>The curve's steepness (exponential, logarithmic) or exponent (gamma); ignored when linear.</summary>
    public double VelocityShape { get; init; } = 1;

    /// <summary>The shortest a note lasts, in video time, even when the value drops sooner.</summary>
    public TimeSpan MinLength { get; init; }

    /// <summary>How long, in video time, after a note stops before the region may start another.</summary>
    public TimeSpan Cooldown { get; init; }

    /// <summary>When set, the pitch is chosen from the value as each note starts; otherwise <see cref="Note"/> plays.</summary>
    public PitchRange? Pitch { get; init; }

    /// <summary>A control change that follows the value, or null.</summary>
    public ControlOutput? Control { get; init; }

    /// <summary>
    /// The colour the region looks at, or null for every pixel: with one, every measure reads only
    /// the pixels of that colour (the others count as black).
    /// </summary>
    public ColourKey? Colour { get; init; }

    /// <summary>
    /// What chooses the pitch of a region with a <see cref="Pitch"/> range: null for its value (from
    /// the on threshold to 1), or <see cref="RegionMeasure.Hue"/>, <see cref="RegionMeasure.X"/> or
    /// <see cref="RegionMeasure.Y"/>, each read 0–1 along the range.
    /// </summary>
    public RegionMeasure? PitchFrom { get; init; }

    /// <summary>The notes played together on each note the region starts, or null for the note alone.</summary>
    public Music.ChordShape? Chord { get; init; }

    /// <summary>The scale a diatonic chord (<c>triad</c>, <c>seventh</c>) is built from: the region's own.</summary>
    public Scale Scale { get; init; } = Scale.Chromatic;

    /// <summary>When set, the chord is played one note per step while the region is lit, instead of all at once.</summary>
    public Music.Arpeggio? Arpeggio { get; init; }

    /// <summary>Whether the region plays notes (it may only send a controller).</summary>
    public bool PlaysNotes { get; init; } = true;

    /// <summary>
    /// Whether the region reads anything beyond the luma sampler's brightness, peak and motion: a
    /// colour, a colour reading, a position or the reference picture.
    /// </summary>
    public bool NeedsColourSampler =>
        Colour is not null || Measure > RegionMeasure.Motion || PitchFrom is not null || Control?.From is not null;

    /// <summary>Whether the region reads the frame's colour planes.</summary>
    public bool ReadsColour =>
        Colour is not null || IsColourReading(Measure) || IsColourReading(PitchFrom) || IsColourReading(Control?.From);

    /// <summary>
    /// What the region plays, for previews and displays: <c>C4</c>, <c>A2–A5</c>, <c>CC 74</c>,
    /// <c>C4 + CC 1</c>; with a chord, <c>C4 major</c> or, built from the scale,
    /// <c>A2–A5 A minor pentatonic, triad</c>; with an arpeggio, <c>C4 major, arpeggio up 1/16</c>.
    /// </summary>
    public string Label
    {
        get
        {
            var notes = !PlaysNotes
                ? null
                : Pitch is { } pitch
                    ? $"{NoteName.Format(pitch.Lowest)}–{NoteName.Format(pitch.Highest)}"
                    : NoteName.Format(Note);
            if (notes is not null && Chord is { } chord)
            {
                notes = chord.ScaleSteps > 0 ? $"{notes} {Scale}, {chord}" : $"{notes} {chord}";
                if (Arpeggio is { } arpeggio)
                {
                    notes += $", arpeggio {arpeggio.Pattern.ToString().ToLowerInvariant()} {arpeggio.Rate}";
                }
            }

            var control = Control is { } cc ? $"CC {cc.Controller}" : null;
            return (notes, control) switch
            {
                ({ } n, { } c) => $"{n} + {c}",
                ({ } n, null) => n,
                (null, { } c) => c,
                _ => string.Empty,
            };
        }
    }

    /// <summary>
    /// Whether a region replacing this one in a reloaded mapping plays its notes the same way, so
    /// a note it is sounding may keep sounding: everything but the name and the controller.
    /// </summary>
    public bool PlaysLike(MappedRegion other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Rect == other.Rect && Measure == other.Measure && Channel == other.Channel && Note == other.Note
            && On.Equals(other.On) && Off.Equals(other.Off) && VelocityMin == other.VelocityMin && VelocityMax == other.VelocityMax
            && VelocityCurve == other.VelocityCurve && VelocityShape.Equals(other.VelocityShape)
            && MinLength == other.MinLength && Cooldown == other.Cooldown && Equals(Pitch, other.Pitch) && PlaysNotes == other.PlaysNotes
            && Equals(Colour, other.Colour) && PitchFrom == other.PitchFrom
            && Equals(Chord, other.Chord) && Equals(Scale, other.Scale) && Equals(Arpeggio, other.Arpeggio);
    }

    private static bool IsColourReading(RegionMeasure? measure) =>
        measure is RegionMeasure.Coverage or RegionMeasure.Hue or RegionMeasure.Saturation or RegionMeasure.Red or RegionMeasure.Green or RegionMeasure.Blue;
}
