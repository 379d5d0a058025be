using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>A mapping file as written: what <see cref="MappingLoader"/> reads before validating it.</summary>
public sealed record MappingDocument
{
    /// <summary>The JSON Schema editors validate against.</summary>
    [JsonPropertyName("$schema")]
    [Description("The JSON Schema your editor checks and completes this file with, such as \"./pix2midi-mapping.schema.json\".")]
    public string? Schema { get; init; }

    /// <summary>Format version; 1.</summary>
    [Description("The mapping format's version: 1.")]
    [Range(1, 1)]
    [DefaultValue(1)]
    public int? Version { get; init; }

    /// <summary>A short title.</summary>
    [Description("A short title. Default: the file's name.")]
    public string? Name { get; init; }

    /// <summary>What the mapping is for and how it sounds.</summary>
    [Description("What the mapping is for and how it sounds.")]
    public string? Description { get; init; }

    /// <summary>Settings every region inherits unless it sets its own.</summary>
    [Description("Settings every region and grid inherits unless it sets its own.")]
    public RegionSettingsDocument? Defaults { get; init; }

    /// <summary>Bounds on the notes of the whole mapping.</summary>
    [Description("Bounds on the whole mapping's notes: polyphony, notes per second, thinning.")]
    public LimitsDocument? Limits { get; init; }

    /// <summary>The instrument each channel plays: General MIDI names or numbers 1–128 by channel "1"–"16".</summary>
    [Description("The instrument each MIDI channel plays, sent as a program change before the first note: keys are channels \"1\"–\"16\", values General MIDI instrument names such as \"Tubular Bells\" or \"Synth Bass 1\" (case, spaces and punctuation do not count) or numbers 1–128 (1 = Acoustic Grand Piano). Channel 10 is the drum channel and takes a drum kit: \"Standard Kit\", \"Room Kit\", \"Power Kit\", \"Electronic Kit\", \"TR-808 Kit\", \"Jazz Kit\", \"Brush Kit\" or \"Orchestra Kit\". Default: none, the receiver keeps its own.")]
    [JsonSchemaInstruments]
    public IReadOnlyDictionary<string, JsonElement>? Instruments { get; init; }

    /// <summary>Single rectangles.</summary>
    [Description("Single rectangles, each playing a note, a pitch from its value, or a controller.")]
    public IReadOnlyList<RegionDocument>? Regions { get; init; }

    /// <summary>Grids of cells.</summary>
    [Description("Grids: rows × columns of equal cells over a rectangle, each cell a region of its own.")]
    public IReadOnlyList<GridDocument>? Grids { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
