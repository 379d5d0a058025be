namespace Pix2Midi.Core.Frames;

/// <summary>
/// A read-only view of one frame's two colour (chroma) planes, as the decoder gives them: U (Cb)
/// and V (Cr), 8 bits a sample, 128 for grey, in video range (16–240) unless <see cref="FullRange"/>.
/// </summary>
/// <remarks>
/// <para>
/// A chroma sample covers <c>1 &lt;&lt; ShiftX</c> luma pixels across and <c>1 &lt;&lt; ShiftY</c>
/// down: 4:2:0 is (1, 1), 4:2:2 (1, 0), 4:4:4 (0, 0). Luma pixel (x, y) takes the sample at
/// (<c>x &gt;&gt; ShiftX</c>, <c>y &gt;&gt; ShiftY</c>). Rows may be padded: row <c>y</c> starts at
/// <c>y * Stride</c> in both planes.
/// </para>
/// <para>
/// Like <see cref="LumaPlane"/>, it is valid only until the source reads its next frame. A frame
/// from a source not asked for colour, or from a grey video, has none (<see cref="IsEmpty"/>).
/// </para>
/// </remarks>
public readonly ref struct ChromaPlanes
{
    /// <summary>Wraps two planes of the same size and stride.</summary>
    /// <exception cref="ArgumentException">The sizes do not describe the planes.</exception>
    public ChromaPlanes(int width, int height, int stride, int shiftX, int shiftY, ReadOnlySpan<byte> u, ReadOnlySpan<byte> v, bool fullRange = false)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentException($"A chroma plane needs a positive size; got {width}×{height}.");
        }

        if (stride < width)
        {
            throw new ArgumentException($"The stride ({stride}) is smaller than the width ({width}).");
        }

        if (shiftX is < 0 or > 2 || shiftY is < 0 or > 2)
        {
            throw new ArgumentException($"Chroma is subsampled by 1, 2 or 4 each way; got shifts {shiftX}, {shiftY}.");
        }

        var needed = ((long)stride * (height - 1)) + width;
        if (u.Length < needed || v.Length < needed)
        {
            throw new ArgumentException($"{Math.Min(u.Length, v.Length)} bytes cannot hold {width}×{height} chroma samples at stride {stride}.");
        }

        Width = width;
        Height = height;
        Stride = stride;
        ShiftX = shiftX;
        ShiftY = shiftY;
        U = u;
        V = v;
        FullRange = fullRange;
    }

    /// <summary>Whether the frame has no colour.</summary>
    public bool IsEmpty => Width == 0;

    /// <summary>Samples across.</summary>
    public int Width { get; }

    /// <summary>Samples down.</summary>
    public int Height { get; }

    /// <summary>Bytes from the start of one row to the start of the next, in both planes.</summary>
    public int Stride { get; }

    /// <summary>Horizontal subsampling, as a power of two.</summary>
    public int ShiftX { get; }

    /// <summary>Vertical subsampling, as a power of two.</summary>
    public int ShiftY { get; }

    /// <summary>The U (Cb, blue difference) plane.</summary>
    public ReadOnlySpan<byte> U { get; }

    /// <summary>The V (Cr, red difference) plane.</summary>
    public ReadOnlySpan<byte> V { get; }

    /// <summary>Whether samples span 0–255 (JPEG, most webcams' MJPEG) rather than video range.</summary>
    public bool FullRange { get; }

    /// <summary>One row of <see cref="Width"/> U samples.</summary>
    public ReadOnlySpan<byte> URow(int y) => U.Slice(y * Stride, Width);

    /// <summary>One row of <see cref="Width"/> V samples.</summary>
    public ReadOnlySpan<byte> VRow(int y) => V.Slice(y * Stride, Width);
}
