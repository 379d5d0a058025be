namespace Pix2Midi.Core.Frames;

/// <summary>
/// A read-only view of one frame's luma (brightness) plane: 8 bits a pixel, 0 black, 255 white.
/// </summary>
/// <remarks>
/// The frame source owns the memory; a plane is valid only until the source reads its next frame,
/// which is why this is a <c>ref struct</c>: it cannot be stored past the call that received it.
/// Rows may be padded: row <c>y</c> starts at <c>y * Stride</c>.
/// </remarks>
public readonly ref struct LumaPlane
{
    /// <summary>Wraps a plane.</summary>
    /// <exception cref="ArgumentException">The sizes do not describe <paramref name="pixels"/>.</exception>
    public LumaPlane(int width, int height, int stride, ReadOnlySpan<byte> pixels)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentException($"A plane needs a positive size; got {width}×{height}.");
        }

        if (stride < width)
        {
            throw new ArgumentException($"The stride ({stride}) is smaller than the width ({width}).");
        }

        if (pixels.Length < ((long)stride * (height - 1)) + width)
        {
            throw new ArgumentException($"{pixels.Length} bytes cannot hold {width}×{height} pixels at stride {stride}.");
        }

        Width = width;
        Height = height;
        Stride = stride;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Bytes from the start of one row to the start of the next.</summary>
    public int Stride { get; }

    /// <summary>The pixels, row by row.</summary>
    public ReadOnlySpan<byte> Pixels { get; }

    /// <summary>One row of <see cref="Width"/> pixels.</summary>
    public ReadOnlySpan<byte> Row(int y) => Pixels.Slice(y * Stride, Width);
}
