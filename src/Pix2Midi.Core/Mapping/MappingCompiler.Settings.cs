using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Core.Mapping;

/// <summary>Region settings after inheritance.</summary>
internal static partial class MappingCompiler
{
    /// <summary>
    /// Everything a region inherits: built-in defaults, then <c>defaults</c>, then the grid or
    /// region. <c>Off</c> is null when never set (0.8 × <c>On</c> when the region is built);
    /// <c>Shape</c> is null when never set (the curve's own default). <c>Colour</c> and
    /// <c>Tolerance</c> are inherited apart, so a region may change its colour and keep the tolerance.
    /// </summary>
    private sealed record Settings(
        int Channel,
        RegionMeasure Measure,
        double On,
        double? Off,
        double MinLength,
        double Cooldown,
        int VelocityMin,
        int VelocityMax,
        VelocityCurve Curve,
        double? Shape,
        Scale Scale,
        int Lowest,
        int Highest)
    {
        /// <summary>What neither a region nor the mapping's <c>defaults</c> set.</summary>
        public static Settings BuiltIn { get; } = new(1, RegionMeasure.Brightness, 0.5, null, 0, 0, 40, 127, VelocityCurve.Linear, null, Scale.Chromatic, 48, 84);

        /// <summary>The colour's name as <see cref="ColourKey.Parse"/> reads it (already checked), or null for every pixel.</summary>
        public string? Colour { get; init; }

        /// <summary>The colour's tolerance, or null for <see cref="ColourKey.DefaultTolerance"/>.</summary>
        public double? Tolerance { get; init; }

        /// <summary>The chord played on each note, or null for the note alone.</summary>
        public Music.ChordShape? Chord { get; init; }

        /// <summary>The arpeggio's fields as set so far, or null for none.</summary>
        public ArpeggioSettings? Arpeggio { get; init; }

        /// <summary>The mapping's <c>quantize</c> grid (null for <c>off</c>): an arpeggio's rate when it sets none.</summary>
        public Music.GridDivision? Grid { get; init; }

        /// <summary>
        /// The region these settings make. A controller whose <c>from</c> names the region's own
        /// measure follows its value, and is kept as one that does (no separate reading).
        /// </summary>
        public MappedRegion Region(string name, NormalizedRect rect, int note, ControlOutput? control) =>
            new(name, rect, Measure, Channel, note, On, Off ?? Math.Round(On * 0.8, 6), VelocityMin, VelocityMax)
            {
                VelocityCurve = Curve,
                VelocityShape = Shape ?? DefaultShape(Curve),
                MinLength = TimeSpan.FromMilliseconds(MinLength),
                Cooldown = TimeSpan.FromMilliseconds(Cooldown),
                Control = control is { From: { } from } && from == Measure ? control with { From = null } : control,
                Colour = Colour is null ? null : ColourKey.Parse(Colour, Tolerance ?? ColourKey.DefaultTolerance),
                Chord = Chord,
                Scale = Scale,
                Arpeggio = Chord is null ? null : Arpeggio?.Build(Grid),
            };

        /// <summary>The region of a controller only: no notes, so no chord or arpeggio.</summary>
        public MappedRegion ControlRegion(string name, NormalizedRect rect, ControlOutput? control) =>
            Region(name, rect, 0, control) with { PlaysNotes = false, Chord = null, Arpeggio = null };

        /// <summary>The pitch range for a pitch from the scale (<c>"pitch": "value"</c>, <c>"hue"</c>, <c>"x"</c>, <c>"y"</c>), or null (with a problem) when it holds no note of the scale.</summary>
        public PitchRange? Range(string path, MappingProblems problems)
        {
            var range = new PitchRange(Scale, Lowest, Highest);
            if (range.Notes().Length == 0)
            {
                problems.AtValue(path, $"no note of {Scale} lies between {NoteName.Format(Lowest)} and {NoteName.Format(Highest)}; widen \"lowest\" to \"highest\"");
                return null;
            }

            return range;
        }

        private static double DefaultShape(VelocityCurve curve) => curve switch
        {
            VelocityCurve.Exponential or VelocityCurve.Logarithmic => 3,
            VelocityCurve.Gamma => 2,
            _ => 1,
        };
    }
}
