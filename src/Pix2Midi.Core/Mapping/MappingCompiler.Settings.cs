using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Core.Mapping;

/// <summary>Region settings after inheritance.</summary>
internal static partial class MappingCompiler
{
    /// <summary>
    /// Everything a region inherits: built-in defaults, then <c>defaults</c>, then the grid or
    /// region. <c>Off</c> is null when never set (0.8 × <c>On</c> when the region is built);
    /// <c>Shape</c> is null when never set (the curve's own default).
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

        public MappedRegion Region(string name, NormalizedRect rect, int note, ControlOutput? control) =>
            new(name, rect, Measure, Channel, note, On, Off ?? Math.Round(On * 0.8, 6), VelocityMin, VelocityMax)
            {
                VelocityCurve = Curve,
                VelocityShape = Shape ?? DefaultShape(Curve),
                MinLength = TimeSpan.FromMilliseconds(MinLength),
                Cooldown = TimeSpan.FromMilliseconds(Cooldown),
                Control = control,
            };

        /// <summary>The pitch range for <c>"pitch": "value"</c>, or null (with a problem) when it holds no note of the scale.</summary>
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
