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

    /// <summary>
    /// <c>brightness</c>, <c>peak</c>, <c>darkness</c>, <c>motion</c>, <c>change</c>,
    /// <c>coverage</c>, <c>hue</c>, <c>saturation</c>, <c>red</c>, <c>green</c> or <c>blue</c>.
    /// </summary>
    [Description("What the notes follow, 0–1: \"brightness\" (mean of the region), \"peak\" (its brightest pixel), \"darkness\" (1 − brightness), \"motion\" (how much it changed since the previous frame; small: 0.05 is a lot), \"change\" (how much it differs from the picture when the run started), \"coverage\" (the share of its pixels in its \"colour\"; without one, in any strong colour), \"hue\" (of its coloured pixels, round the wheel from red), or the \"saturation\", \"red\", \"green\" or \"blue\" of its mean colour. Default \"brightness\".")]
    [AllowedValues("brightness", "peak", "darkness", "motion", "change", "coverage", "hue", "saturation", "red", "green", "blue")]
    [DefaultValue("brightness")]
    public string? Measure { get; init; }

    /// <summary>A colour name or <c>#rrggbb</c>: the region looks only at pixels of that colour.</summary>
    [Description("Look only at pixels of this colour: red, orange, yellow, green, cyan, blue, purple, magenta, pink, white, or \"#rrggbb\" such as \"#ff8800\". Pixels of other colours count as black for every measure, so a red burst plays and a green one does not. Default: none, every pixel counts.")]
    [JsonSchemaColour]
    public string? Colour { get; init; }

    /// <summary>How near a pixel must be to <see cref="Colour"/>, 0–0.5.</summary>
    [Description("How far round the colour wheel a pixel's hue may be from \"colour\" and still count, 0–0.5 (0.5 takes every coloured pixel); for \"white\", how much dimmer than white a pixel may be. Needs a \"colour\", set alongside it or inherited. Default 0.08.")]
    [Range(0.0, 0.5)]
    [DefaultValue(0.08)]
    public double? Tolerance { get; init; }

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
    [Description("The key: a root and a scale name, such as \"A minor pentatonic\", \"D dorian\" or \"C major\" (no root means C). Scales: chromatic, major, minor (natural minor), harmonic minor, melodic minor, ionian, dorian, phrygian, lydian, mixolydian, aeolian, locrian, major pentatonic, minor pentatonic, blues, whole tone. A root alone (\"D\") moves the inherited scale to that root; with \"intervals\", just the root. Used by \"pitch\" (\"value\", \"hue\", \"x\", \"y\") and by a grid's \"firstNote\". Default chromatic.")]
    [JsonSchemaExamples("C minor pentatonic", "A minor", "D dorian", "E blues", "F# major pentatonic")]
    public string? Scale { get; init; }

    /// <summary>A custom scale: semitones above the root.</summary>
    [Description("A custom scale instead of a named one: semitones above the root, each 0–11, such as [0, 1, 5, 7, 8].")]
    [JsonSchemaItemRange(0, 11)]
    public IReadOnlyList<int>? Intervals { get; init; }

    /// <summary>Lowest note of the pitch range.</summary>
    [Description("The lowest note a \"pitch\" from the scale (\"value\", \"hue\", \"x\", \"y\") plays: a number 0–127 or a name such as \"C3\" (C4 = middle C = 60). Default C3.")]
    [JsonSchemaNote]
    public JsonElement? Lowest { get; init; }

    /// <summary>Highest note of the pitch range.</summary>
    [Description("The highest note a \"pitch\" from the scale plays: a number 0–127 or a name such as \"C6\". Default C6.")]
    [JsonSchemaNote]
    public JsonElement? Highest { get; init; }

    /// <summary>The notes played together on each note: a chord name, a list of semitones, or <c>{ "intervals": [...] }</c>.</summary>
    [Description("Play a chord on each note instead of the note alone, all its notes starting and stopping together: \"major\", \"minor\", \"sus2\", \"sus4\", \"7\", \"maj7\", \"m7\", \"dim\", \"aug\", \"power\"; \"triad\" or \"seventh\", stacked in thirds from the region's \"scale\" on its note (every note in the key); or the semitones above the note, each 0–36, such as [0, 4, 7] or { \"intervals\": [0, 7, 12] }. Default: none, the note alone.")]
    [JsonSchemaChord]
    public JsonElement? Chord { get; init; }

    /// <summary>The chord played one note per step while the region is lit.</summary>
    [Description("Play the \"chord\" one note at a time on a grid while the region is lit, instead of all at once. Needs a \"chord\" and a top-level \"quantize\" grid. Fields a region sets replace the inherited ones one by one.")]
    public ArpeggioDocument? Arpeggio { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
