using System.Collections.Immutable;

namespace Pix2Midi.Core.Music;

/// <summary>
/// A note value the grid is cut into: <c>1/4</c>, <c>1/8</c>, <c>1/16</c>, <c>1/32</c>, or the
/// triplets <c>1/8t</c> and <c>1/16t</c>.
/// </summary>
/// <param name="Name">As written in a mapping, such as <c>1/16</c>.</param>
/// <param name="Ticks">Its length in ticks of <see cref="MusicalTime.TicksPerQuarter"/> (960 to a quarter note).</param>
/// <param name="IsTriplet">Whether three of it fill two of the plain value (swing does not apply).</param>
public sealed record GridDivision(string Name, int Ticks, bool IsTriplet)
{
    /// <summary>A quarter note.</summary>
    public static GridDivision Quarter { get; } = new("1/4", 960, false);

    /// <summary>Every division a mapping may name, longest first.</summary>
    public static ImmutableArray<GridDivision> All { get; } =
    [
        Quarter,
        new("1/8", 480, false),
        new("1/8t", 320, true),
        new("1/16", 240, false),
        new("1/16t", 160, true),
        new("1/32", 120, false),
    ];

    /// <summary>The names a mapping may use, for messages and the schema.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(d => d.Name)];

    /// <summary>The division named <paramref name="name"/> (exactly as listed in <see cref="Names"/>), or null.</summary>
    public static GridDivision? Find(string? name) => All.FirstOrDefault(d => string.Equals(d.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
