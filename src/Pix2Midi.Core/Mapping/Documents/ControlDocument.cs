using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>The <c>cc</c> object: a control change that follows the measured value continuously.</summary>
public sealed record ControlDocument
{
    /// <summary>Controller number 0–119.</summary>
    [Description("Controller number, 0–119 (1 mod wheel, 7 volume, 10 pan, 11 expression, 74 brightness/cutoff). In a grid, the first cell's; the next cells count up.")]
    [Range(0, 119)]
    public int? Controller { get; init; }

    /// <summary>Controller value at <see cref="Low"/>.</summary>
    [Description("Controller value when the measured value (or the \"from\" reading) is at \"low\", 0–127. Default 0. May be above \"max\" to invert.")]
    [Range(0, 127)]
    [DefaultValue(0)]
    public int? Min { get; init; }

    /// <summary>Controller value at <see cref="High"/>.</summary>
    [Description("Controller value when the measured value is at \"high\", 0–127. Default 127.")]
    [Range(0, 127)]
    [DefaultValue(127)]
    public int? Max { get; init; }

    /// <summary>Measured value that gives <see cref="Min"/>.</summary>
    [Description("The measured value (or the \"from\" reading) that gives \"min\", 0–1. Default 0. (Video black is about 0.06.)")]
    [Range(0.0, 1.0)]
    [DefaultValue(0)]
    public double? Low { get; init; }

    /// <summary>Measured value that gives <see cref="Max"/>.</summary>
    [Description("The measured value that gives \"max\", 0–1, above \"low\". Default 1. (Video white is about 0.92.)")]
    [Range(0.0, 1.0)]
    [DefaultValue(1)]
    public double? High { get; init; }

    /// <summary>Smoothing time constant, ms of video time.</summary>
    [Description("Smoothing, in milliseconds of video time: the value follows the picture with this time constant, so the controller glides instead of jumping. 0–10000; default 0.")]
    [Range(0.0, MappingLimits.MaxSmoothingMilliseconds)]
    [DefaultValue(0)]
    public double? Smoothing { get; init; }

    /// <summary>What the controller follows: <c>value</c> (the region's measure), another measure, <c>x</c> or <c>y</c>.</summary>
    [Description("What the controller follows: \"value\", the region's measure, or another reading of the region: \"brightness\", \"peak\", \"darkness\", \"motion\", \"change\", \"coverage\", \"hue\", \"saturation\", \"red\", \"green\", \"blue\", or \"x\" and \"y\", where across and up the region its pixels of its \"colour\" (without one, its bright pixels) are centred (pan, controller 10, from \"x\"). Default \"value\".")]
    [AllowedValues("value", "brightness", "peak", "darkness", "motion", "change", "coverage", "hue", "saturation", "red", "green", "blue", "x", "y")]
    [DefaultValue("value")]
    public string? From { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
