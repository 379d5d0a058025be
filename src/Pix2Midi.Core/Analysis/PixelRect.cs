namespace Pix2Midi.Core.Analysis;

/// <summary>A rectangle of whole pixels, half-open: columns [Left, Right), rows [Top, Bottom).</summary>
public readonly record struct PixelRect(int Left, int Top, int Right, int Bottom)
{
    /// <summary>Columns covered.</summary>
    public int Width => Right - Left;

    /// <summary>Rows covered.</summary>
    public int Height => Bottom - Top;

    /// <summary>Pixels covered.</summary>
    public long Area => (long)Width * Height;
}
