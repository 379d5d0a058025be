using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>
/// Settings a region may set and otherwise inherits from the mapping's <c>defaults</c>.
/// </summary>
/// <remarks>The <see cref="DescriptionAttribute"/> texts become the JSON Schema's descriptions and the comments of <c>pix2midi mapping init</c>.</remarks>
public record RegionSettingsDocument
{
    /// <summary>MIDI channel 1–16.</summary>
    [Description("MIDI channel, 1–16 (10 is drums in General MIDI). Default 1.")]
    [Range(1, 16)]
    [DefaultValue(1)]
    public int? Channel { get; init; }

    /// <summary><c>brightness</c>, <c>peak</c>, <c>darkness</c> or <c>motion</c>.</summary>
    [Description("What the notes follow: \"brightness\" (mean of the region, 0–1), \"peak\" (its brightest pixel), \"darkness\" (1 − brightness) or \"motion\" (how much the region changed since the previous frame, 0–1; small: 0.05 is a lot). Default \"brightness\".")]
    [AllowedValues("brightness", "peak", "darkness", "motion")]
    [DefaultValue("brightness")]
    public string? Measure { get; init; }

    /// <summary>On threshold, 0–1.</summary>
    [Description("A note starts when the measured value rises to this, above 0 and up to 1. Default 0.5.")]
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    [DefaultValue(0.5)]
    public double? On { get; init; }

    /// <summary>Off threshold, 0–1, below <see cref="On"/>.</summary>
    [Description("The note stops when the value falls below this; below \"on\", so a flickering value does not retrigger (hysteresis). Default 0.8 × on.")]
    [Range(0.0, 1.0)]
    public double? Off { get; init; }

    /// <summary>Minimum note length, in milliseconds of video time.</summary>
    [Description("The shortest a note lasts, in milliseconds of video time, even if the value drops sooner. 0–60000; default 0.")]
    [Range(0.0, MappingLimits.MaxMilliseconds)]
    [DefaultValue(0)]
    public double? MinLength { get; init; }

    /// <summary>Re-trigger cooldown, in milliseconds of video time.</summary>
    [Description("After a note stops, the region waits this many milliseconds of video time before it plays again: no machine-gun retriggers. 0–60000; default 0.")]
    [Range(0.0, MappingLimits.MaxMilliseconds)]
    [DefaultValue(0)]
    public double? Cooldown { get; init; }

    /// <summary>Velocity range and curve.</summary>
    [Description("How loud: velocity from the value, from \"min\" at the on threshold to \"max\" at 1, along a curve.")]
    public VelocityDocument? Velocity { get; init; }

    /// <summary>Scale: a root and a name, such as <c>A minor pentatonic</c>.</summary>
    [Description("The key: a root and a scale name, such as \"A minor pentatonic\", \"D dorian\" or \"C major\" (no root means C). Scales: chromatic, major, minor (natural minor), harmonic minor, melodic minor, ionian, dorian, phrygian, lydian, mixolydian, aeolian, locrian, major pentatonic, minor pentatonic, blues, whole tone. A root alone (\"D\") moves the inherited scale to that root; with \"intervals\", just the root. Used by \"pitch\": \"value\" and by a grid's \"firstNote\". Default chromatic.")]
    [JsonSchemaExamples("C minor pentatonic", "A minor", "D dorian", "E blues", "F# major pentatonic")]
    public string? Scale { get; init; }

    /// <summary>A custom scale: semitones above the root.</summary>
    [Description("A custom scale instead of a named one: semitones above the root, each 0–11, such as [0, 1, 5, 7, 8].")]
    [JsonSchemaItemRange(0, 11)]
    public IReadOnlyList<int>? Intervals { get; init; }

    /// <summary>Lowest note of the pitch range.</summary>
    [Description("The lowest note \"pitch\": \"value\" plays: a number 0–127 or a name such as \"C3\" (C4 = middle C = 60). Default C3.")]
    [JsonSchemaNote]
    public JsonElement? Lowest { get; init; }

    /// <summary>Highest note of the pitch range.</summary>
    [Description("The highest note \"pitch\": \"value\" plays: a number 0–127 or a name such as \"C6\". Default C6.")]
    [JsonSchemaNote]
    public JsonElement? Highest { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
