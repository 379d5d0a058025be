using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>A mapping file as written: what <see cref="MappingLoader"/> reads before validating it.</summary>
public sealed record MappingDocument
{
    /// <summary>The JSON Schema editors validate against.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Format version; 1.</summary>
    public int? Version { get; init; }

    /// <summary>A short title.</summary>
    public string? Name { get; init; }

    /// <summary>What the mapping is for and how it sounds.</summary>
    public string? Description { get; init; }

    /// <summary>Settings every region inherits unless it sets its own.</summary>
    public RegionSettingsDocument? Defaults { get; init; }

    /// <summary>Single rectangles.</summary>
    public IReadOnlyList<RegionDocument>? Regions { get; init; }

    /// <summary>Grids of cells.</summary>
    public IReadOnlyList<GridDocument>? Grids { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
