namespace Pix2Midi.Core.Analysis;

/// <summary>
/// A colour key's table of least matching luma per (U, V), in the forms <see cref="ColourGrid"/>
/// reads fastest: a byte per entry saying whether it can match at all and, unless every entry that
/// can match does so at any luma, a byte with the least luma; and a summed-area table over the
/// (U, V) plane of the entries that can match, which tells with four look-ups whether any (U, V) in
/// a box can.
/// </summary>
internal sealed class ColourLookup
{
    private const int Side = 257;

    private readonly int[] _can;

    /// <summary>Converts <paramref name="table"/> (entries 0–255, or 256 for none).</summary>
    public ColourLookup(ushort[] table)
    {
        Source = table;
        Possible = new byte[65536];
        var least = new byte[65536];
        var graded = false;
        var lowest = 256;
        _can = new int[Side * Side];
        for (var u = 0; u < 256; u++)
        {
            var running = 0;
            for (var v = 0; v < 256; v++)
            {
                var entry = table[(u << 8) | v];
                var can = entry < 256;
                Possible[(u << 8) | v] = can ? (byte)0xFF : (byte)0;
                least[(u << 8) | v] = can ? (byte)entry : (byte)0;
                graded |= can && entry > 0;
                lowest = can ? Math.Min(lowest, entry) : lowest;
                running += can ? 1 : 0;
                _can[((u + 1) * Side) + v + 1] = _can[(u * Side) + v + 1] + running;
            }
        }

        Least = graded ? least : null;
        LeastLuma = lowest;
    }

    /// <summary>The table this was made from.</summary>
    public ushort[] Source { get; }

    /// <summary>Per (U, V) (index U × 256 + V): 0xFF when some luma matches, else 0.</summary>
    public byte[] Possible { get; }

    /// <summary>Per (U, V): the least matching luma (0 where none matches); null when every entry that can match is 0.</summary>
    public byte[]? Least { get; }

    /// <summary>The least luma that matches at any (U, V): 0 for a colour, about 3/4 of the way up for white; 256 when none can.</summary>
    public int LeastLuma { get; }

    /// <summary>Whether any (U, V) with U in [<paramref name="u0"/>, <paramref name="u1"/>] and V in [<paramref name="v0"/>, <paramref name="v1"/>] can match.</summary>
    public bool AnyIn(int u0, int u1, int v0, int v1) => CountIn(u0, u1, v0, v1) != 0;

    /// <summary>How many (U, V) with U in [<paramref name="u0"/>, <paramref name="u1"/>] and V in [<paramref name="v0"/>, <paramref name="v1"/>] can match.</summary>
    public int CountIn(int u0, int u1, int v0, int v1) =>
        _can[((u1 + 1) * Side) + v1 + 1] - _can[(u0 * Side) + v1 + 1] - _can[((u1 + 1) * Side) + v0] + _can[(u0 * Side) + v0];
}
