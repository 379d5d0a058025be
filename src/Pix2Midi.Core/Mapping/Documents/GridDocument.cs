using System.Text.Json;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>One entry of <c>grids</c>: rows × columns of equal cells over a rectangle, a note each.</summary>
public sealed record GridDocument : RegionSettingsDocument
{
    /// <summary>A unique name; cells are named <c>name[row,column]</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Left edge, 0–1; default 0.</summary>
    public double? X { get; init; }

    /// <summary>Top edge, 0–1; default 0.</summary>
    public double? Y { get; init; }

    /// <summary>Width, 0–1; default the rest of the frame.</summary>
    public double? Width { get; init; }

    /// <summary>Height, 0–1; default the rest of the frame.</summary>
    public double? Height { get; init; }

    /// <summary>Number of rows.</summary>
    public int? Rows { get; init; }

    /// <summary>Number of columns.</summary>
    public int? Columns { get; init; }

    /// <summary>
    /// rows × columns notes (numbers or names), in playing order: left to right along the bottom
    /// row, then the row above, and so on, so that pitch rises to the right and upwards.
    /// </summary>
    public IReadOnlyList<JsonElement>? Notes { get; init; }
}
