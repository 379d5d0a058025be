using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>
/// Settings a region may set and otherwise inherits from the mapping's <c>defaults</c>.
/// </summary>
public record RegionSettingsDocument
{
    /// <summary>MIDI channel 1–16.</summary>
    public int? Channel { get; init; }

    /// <summary><c>brightness</c> (mean) or <c>peak</c> (brightest pixel).</summary>
    public string? Measure { get; init; }

    /// <summary>On threshold, 0–1.</summary>
    public double? On { get; init; }

    /// <summary>Off threshold, 0–1, below <see cref="On"/>.</summary>
    public double? Off { get; init; }

    /// <summary>Velocity range.</summary>
    public VelocityDocument? Velocity { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
