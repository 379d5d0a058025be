using System.Text.Json;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>One entry of <c>regions</c>: a named rectangle that plays one note.</summary>
public sealed record RegionDocument : RegionSettingsDocument
{
    /// <summary>A unique name.</summary>
    public string? Name { get; init; }

    /// <summary>Left edge, 0–1 of the frame width.</summary>
    public double? X { get; init; }

    /// <summary>Top edge, 0–1 of the frame height.</summary>
    public double? Y { get; init; }

    /// <summary>Width, 0–1.</summary>
    public double? Width { get; init; }

    /// <summary>Height, 0–1.</summary>
    public double? Height { get; init; }

    /// <summary>A note number 0–127 or a name such as <c>C4</c> (= 60) or <c>Eb5</c>.</summary>
    public JsonElement? Note { get; init; }
}
