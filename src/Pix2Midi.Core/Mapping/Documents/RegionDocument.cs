using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>One entry of <c>regions</c>: a named rectangle that plays a note, a pitch from its value, or a controller.</summary>
public sealed record RegionDocument : RegionSettingsDocument
{
    /// <summary>A unique name.</summary>
    [Description("A unique name, shown in previews and messages. Default region1, region2…")]
    public string? Name { get; init; }

    /// <summary>Left edge, 0–1 of the frame width.</summary>
    [Required]
    [Description("Left edge, as a fraction of the frame width from the left (0–1).")]
    [Range(0.0, 1.0)]
    public double? X { get; init; }

    /// <summary>Top edge, 0–1 of the frame height.</summary>
    [Required]
    [Description("Top edge, as a fraction of the frame height from the top (0–1).")]
    [Range(0.0, 1.0)]
    public double? Y { get; init; }

    /// <summary>Width, 0–1.</summary>
    [Required]
    [Description("Width, as a fraction of the frame width (above 0; x + width at most 1).")]
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double? Width { get; init; }

    /// <summary>Height, 0–1.</summary>
    [Required]
    [Description("Height, as a fraction of the frame height (above 0; y + height at most 1).")]
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double? Height { get; init; }

    /// <summary>A note number 0–127 or a name such as <c>C4</c> (= 60) or <c>Eb5</c>.</summary>
    [Description("The note this region plays: a number 0–127 or a name such as \"C4\" (middle C, 60), \"D#3\" or \"Eb5\".")]
    [JsonSchemaNote]
    public JsonElement? Note { get; init; }

    /// <summary><c>fixed</c> (play <see cref="Note"/>), or a pitch along the scale from <c>value</c>, <c>hue</c>, <c>x</c> or <c>y</c>.</summary>
    [Description("\"fixed\" plays \"note\". The others pick the pitch when the note starts, among the scale's notes from \"lowest\" to \"highest\": \"value\" from the measured value (\"lowest\" at the on threshold, \"highest\" at 1), \"hue\" from the hue round the wheel from red, \"x\" from where across the region its pixels of its \"colour\" (without one, its bright pixels) are centred, left low, right high, and \"y\" from how high up they are, bottom low. Default \"fixed\".")]
    [AllowedValues("fixed", "value", "hue", "x", "y")]
    [DefaultValue("fixed")]
    public string? Pitch { get; init; }

    /// <summary>A control change that follows the value.</summary>
    [Description("Send a control change that follows the measured value on every frame it changes (on the region's channel). A region may play notes, a controller, or both.")]
    public ControlDocument? Cc { get; init; }
}
