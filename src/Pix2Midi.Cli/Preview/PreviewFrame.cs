using Pix2Midi.Core.Frames;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// A copy of one frame for the preview, with where it belongs in the run: its luma and, when the
/// source gave colour, its two chroma planes.
/// </summary>
/// <remarks>
/// Buffers are kept from one copy to the next and only grow, so copying frames of one size
/// allocates nothing once the first is in. Planes are stored without row padding: luma row
/// <c>y</c> starts at <c>y * Width</c>, chroma row <c>y</c> at <c>y * ChromaWidth</c>.
/// </remarks>
internal sealed class PreviewFrame
{
    private byte[] _u = [];
    private byte[] _v = [];

    public byte[] Pixels { get; private set; } = [];

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Whether the frame came with colour planes (otherwise it is drawn in grey).</summary>
    public bool HasColour => ChromaWidth > 0;

    /// <summary>Chroma samples across; 0 without colour.</summary>
    public int ChromaWidth { get; private set; }

    /// <summary>Chroma samples down; 0 without colour.</summary>
    public int ChromaHeight { get; private set; }

    /// <summary>Horizontal chroma subsampling, as a power of two (see <see cref="ChromaPlanes.ShiftX"/>).</summary>
    public int ShiftX { get; private set; }

    /// <summary>Vertical chroma subsampling, as a power of two.</summary>
    public int ShiftY { get; private set; }

    /// <summary>Whether the samples span 0–255 rather than video range.</summary>
    public bool FullRange { get; private set; }

    /// <summary>The U (Cb) samples, <see cref="ChromaWidth"/> a row; empty without colour.</summary>
    public ReadOnlySpan<byte> U => _u.AsSpan(0, ChromaWidth * ChromaHeight);

    /// <summary>The V (Cr) samples, <see cref="ChromaWidth"/> a row; empty without colour.</summary>
    public ReadOnlySpan<byte> V => _v.AsSpan(0, ChromaWidth * ChromaHeight);

    /// <summary>Which pass through the video (<c>run --loop</c>); 0 for live.</summary>
    public long Pass { get; private set; }

    /// <summary>The frame's time within its pass.</summary>
    public TimeSpan Time { get; private set; }

    /// <summary>The copy as a frame again (for measuring it), valid until the next copy.</summary>
    public VideoFrame AsVideoFrame(long index = 0)
    {
        var luma = new LumaPlane(Width, Height, Width, Pixels);
        return HasColour
            ? new VideoFrame(luma, new ChromaPlanes(ChromaWidth, ChromaHeight, ChromaWidth, ShiftX, ShiftY, _u, _v, FullRange), Time, index)
            : new VideoFrame(luma, Time, index);
    }

    /// <summary>Copies a frame without colour.</summary>
    public void CopyFrom(LumaPlane luma, long pass, TimeSpan time) => CopyFrom(luma, default, pass, time);

    /// <summary>Copies a frame's luma and, unless <paramref name="chroma"/> is empty, its colour.</summary>
    public void CopyFrom(LumaPlane luma, ChromaPlanes chroma, long pass, TimeSpan time)
    {
        Pixels = Copy(Pixels, luma.Width, luma.Height, luma.Stride, luma.Pixels);
        if (chroma.IsEmpty)
        {
            ChromaWidth = 0;
            ChromaHeight = 0;
            ShiftX = 0;
            ShiftY = 0;
            FullRange = false;
        }
        else
        {
            _u = Copy(_u, chroma.Width, chroma.Height, chroma.Stride, chroma.U);
            _v = Copy(_v, chroma.Width, chroma.Height, chroma.Stride, chroma.V);
            ChromaWidth = chroma.Width;
            ChromaHeight = chroma.Height;
            ShiftX = chroma.ShiftX;
            ShiftY = chroma.ShiftY;
            FullRange = chroma.FullRange;
        }

        Width = luma.Width;
        Height = luma.Height;
        Pass = pass;
        Time = time;
    }

    /// <summary>Copies a padded plane into <paramref name="buffer"/> (grown when too small) without its padding.</summary>
    private static byte[] Copy(byte[] buffer, int width, int height, int stride, ReadOnlySpan<byte> plane)
    {
        var length = width * height;
        if (buffer.Length < length)
        {
            buffer = new byte[length];
        }

        if (stride == width)
        {
            plane[..length].CopyTo(buffer);
            return buffer;
        }

        for (var y = 0; y < height; y++)
        {
            plane.Slice(y * stride, width).CopyTo(buffer.AsSpan(y * width, width));
        }

        return buffer;
    }
}
