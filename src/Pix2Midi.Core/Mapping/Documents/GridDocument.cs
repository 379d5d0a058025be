using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Core.Mapping.Documents;

/// <summary>One entry of <c>grids</c>: rows × columns of equal cells over a rectangle, a note each.</summary>
public sealed record GridDocument : RegionSettingsDocument
{
    /// <summary>A unique name; cells are named <c>name[row,column]</c>.</summary>
    [Description("A unique name; the cells are named name[row,column], row 1 at the bottom. Default grid1, grid2…")]
    public string? Name { get; init; }

    /// <summary>Left edge, 0–1; default 0.</summary>
    [Description("Left edge of the whole grid, 0–1. Default 0.")]
    [Range(0.0, 1.0)]
    [DefaultValue(0)]
    public double? X { get; init; }

    /// <summary>Top edge, 0–1; default 0.</summary>
    [Description("Top edge of the whole grid, 0–1. Default 0.")]
    [Range(0.0, 1.0)]
    [DefaultValue(0)]
    public double? Y { get; init; }

    /// <summary>Width, 0–1; default the rest of the frame.</summary>
    [Description("Width of the whole grid, 0–1. Default: the rest of the frame.")]
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double? Width { get; init; }

    /// <summary>Height, 0–1; default the rest of the frame.</summary>
    [Description("Height of the whole grid, 0–1. Default: the rest of the frame.")]
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double? Height { get; init; }

    /// <summary>Number of rows.</summary>
    [Required]
    [Description("Number of rows, 1–128.")]
    [Range(1, MappingLimits.MaxGridSide)]
    public int? Rows { get; init; }

    /// <summary>Number of columns.</summary>
    [Required]
    [Description("Number of columns, 1–128.")]
    [Range(1, MappingLimits.MaxGridSide)]
    public int? Columns { get; init; }

    /// <summary>
    /// rows × columns notes (numbers or names), in playing order: left to right along the bottom
    /// row, then the row above, and so on, so that pitch rises to the right and upwards.
    /// </summary>
    [Description("One note per cell (numbers 0–127 or names such as \"C4\"), left to right along the bottom row, then the row above, so pitch rises to the right and upwards. Or use \"firstNote\" to generate them along the scale.")]
    [JsonSchemaNote]
    public IReadOnlyList<JsonElement>? Notes { get; init; }

    /// <summary>The bottom-left cell's note; the others ascend along the scale.</summary>
    [Description("Generate the cells' notes: the bottom-left cell plays this note (or the next note of the scale above it), and each next cell, left to right and then upwards, the next note of the \"scale\".")]
    [JsonSchemaNote]
    public JsonElement? FirstNote { get; init; }

    /// <summary><c>fixed</c>, <c>value</c>, <c>hue</c>, <c>x</c> or <c>y</c>, for every cell.</summary>
    [Description("\"fixed\": each cell plays its note from \"notes\" or \"firstNote\". The others make each cell pick its pitch when its note starts, along the scale from \"lowest\" to \"highest\": \"value\" from its value, \"hue\" from its hue, \"x\" and \"y\" from where in the cell its pixels of the \"colour\" (without one, its bright pixels) are centred, left and bottom low. Default \"fixed\".")]
    [AllowedValues("fixed", "value", "hue", "x", "y")]
    [DefaultValue("fixed")]
    public string? Pitch { get; init; }

    /// <summary>A control change per cell.</summary>
    [Description("Each cell sends a control change that follows its value: the first cell (bottom left) \"controller\", the next cells the following controller numbers.")]
    public ControlDocument? Cc { get; init; }
}
