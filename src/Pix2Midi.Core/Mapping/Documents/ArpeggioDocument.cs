using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>The <c>arpeggio</c> object: the chord played one note per grid step while the region is lit.</summary>
public sealed record ArpeggioDocument
{
    /// <summary><c>up</c>, <c>down</c>, <c>updown</c> or <c>random</c>.</summary>
    [Description("The order the chord's notes are played in: \"up\" (lowest to highest, again and again), \"down\", \"updown\" (up and back down, the ends once each turn) or \"random\" (chosen from the region's name: the same notes every render and run). Default \"up\".")]
    [AllowedValues("up", "down", "updown", "random")]
    [DefaultValue("up")]
    public string? Pattern { get; init; }

    /// <summary>A grid division: one note per line of it.</summary>
    [Description("One note per line of this grid, from the first line at or after the frame that lit the region: \"1/4\", \"1/8\", \"1/16\", \"1/32\", \"1/8t\" or \"1/16t\". Default: the top-level \"quantize\" grid.")]
    [AllowedValues("1/4", "1/8", "1/8t", "1/16", "1/16t", "1/32")]
    public string? Rate { get; init; }

    /// <summary>Octaves the chord is stacked over, 1–4.</summary>
    [Description("How many octaves the chord is stacked over, 1–4: 2 plays its notes and then the same an octave up. Default 1.")]
    [Range(1, Arpeggio.MaxOctaves)]
    [DefaultValue(1)]
    public int? Octaves { get; init; }

    /// <summary>Share of a step each note sounds, 0.1–1.</summary>
    [Description("How much of a step each note sounds, 0.1–1 (1 is legato). Default 0.5.")]
    [Range(Arpeggio.MinGate, 1.0)]
    [DefaultValue(0.5)]
    public double? Gate { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
