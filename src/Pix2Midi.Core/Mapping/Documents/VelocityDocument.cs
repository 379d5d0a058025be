using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>The <c>velocity</c> object of a mapping file: the range and curve the value is scaled along.</summary>
public sealed record VelocityDocument
{
    /// <summary>Velocity at the on threshold, 1–127.</summary>
    [Description("Velocity when the value is just at the on threshold, 1–127. Default 40.")]
    [Range(1, 127)]
    [DefaultValue(40)]
    public int? Min { get; init; }

    /// <summary>Velocity at full brightness, 1–127.</summary>
    [Description("Velocity when the value is 1, 1–127. Default 127.")]
    [Range(1, 127)]
    [DefaultValue(127)]
    public int? Max { get; init; }

    /// <summary><c>linear</c>, <c>exponential</c>, <c>logarithmic</c> or <c>gamma</c>.</summary>
    [Description("How the value becomes velocity between min and max: \"linear\"; \"exponential\" (soft until the value is high); \"logarithmic\" (loud early); \"gamma\" (value to the power \"shape\"). Default \"linear\".")]
    [AllowedValues("linear", "exponential", "logarithmic", "gamma")]
    [DefaultValue("linear")]
    public string? Curve { get; init; }

    /// <summary>How strongly the curve bends.</summary>
    [Description("How strongly the curve bends, above 0 and up to 20: for exponential and logarithmic the steepness (default 3), for gamma the exponent (default 2; below 1 bends the other way).")]
    [Range(0.0, MappingLimits.MaxCurveShape, MinimumIsExclusive = true)]
    public double? Shape { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
