using System.Text.Json.Serialization;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>Source-generated JSON metadata for mapping files (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = MappingLimits.MaxDepth)]
[JsonSerializable(typeof(MappingDocument))]
[JsonSerializable(typeof(RegionSettingsDocument))]
public sealed partial class MappingJsonContext : JsonSerializerContext;
