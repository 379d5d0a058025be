using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pix2Midi.Core.Mapping.Schema;
using Pix2Midi.Core.Music;

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

    /// <summary>Quarter notes a minute, 20–400; default 120.</summary>
    [Description("The tempo in beats (quarter notes) a minute, 20–400: the MIDI file is written at it, and \"quantize\" and arpeggios play on its grid, counted from the start of the video. Default 120.")]
    [Range(MusicalTime.MinBeatsPerMinute, MusicalTime.MaxBeatsPerMinute)]
    [DefaultValue(120)]
    public double? Tempo { get; init; }

    /// <summary><c>off</c>, or the grid note-ons move to: <c>1/4</c>, <c>1/8</c>, <c>1/16</c>, <c>1/32</c>, <c>1/8t</c>, <c>1/16t</c>.</summary>
    [Description("The grid notes are played on at the \"tempo\": \"off\" plays each note at its frame's time; \"1/4\", \"1/8\", \"1/16\", \"1/32\" or the triplets \"1/8t\", \"1/16t\" move each note-on to the first grid line at or after its frame (never earlier) and each note-off to a grid line at least one step after its note-on. Arpeggios need a grid. Default \"off\".")]
    [AllowedValues("off", "1/4", "1/8", "1/8t", "1/16", "1/16t", "1/32")]
    [DefaultValue("off")]
    public string? Quantize { get; init; }

    /// <summary>Share of a step every second grid line moves later, 0–0.75.</summary>
    [Description("Swing, 0–0.75: every second line of the \"quantize\" grid (the off-beats) moves later by this share of a step (0.33 is a triplet feel). Needs an even grid (\"1/4\", \"1/8\", \"1/16\", \"1/32\"), not \"off\" or a triplet one. Default 0.")]
    [Range(0.0, MusicalTime.MaxSwing)]
    [DefaultValue(0)]
    public double? Swing { get; init; }

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
