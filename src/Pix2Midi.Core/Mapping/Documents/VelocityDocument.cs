using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>The <c>velocity</c> object of a mapping file: the range brightness is scaled into.</summary>
public sealed record VelocityDocument
{
    /// <summary>Velocity at the on threshold, 1–127.</summary>
    public int? Min { get; init; }

    /// <summary>Velocity at full brightness, 1–127.</summary>
    public int? Max { get; init; }

    /// <summary>Properties the format does not know, kept so they can be reported by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
