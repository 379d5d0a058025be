using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>The top-level <c>limits</c> object: bounds on the whole mapping's notes.</summary>
public sealed record LimitsDocument
{
    /// <summary>Most keys sounding at once.</summary>
    [Description("The most notes sounding at once, 1–128; a note that would exceed it is not played. Default: no limit.")]
    [Range(1, MappingLimits.MaxPolyphony)]
    public int? Polyphony { get; init; }

    /// <summary>Most note-ons in any second.</summary>
    [Description("The most notes started in any one second of video, 1–1000; notes beyond it are not played. Default: no limit.")]
    [Range(1, MappingLimits.MaxNotesPerSecond)]
    public int? NotesPerSecond { get; init; }

    /// <summary>Share of notes dropped at random.</summary>
    [Description("The share of notes left out at random, 0–1 (0.25 drops about one in four), for a sparser texture. The same seed drops the same notes in every render and run. Default 0.")]
    [Range(0.0, 1.0)]
    [DefaultValue(0)]
    public double? Thinning { get; init; }

    /// <summary>Seed for thinning.</summary>
    [Description("Any whole number: which notes thinning drops. Change it for another variation. Default 0.")]
    [DefaultValue(0)]
    public int? Seed { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
