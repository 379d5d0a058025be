using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Tests.Analysis;

/// <summary>A 4:2:0 (or 4:4:4) frame in video range, painted with rectangles of RGB colours on black.</summary>
public sealed class ColourFrame
{
    public ColourFrame(int width, int height, int shift = 1)
    {
        Width = width;
        Height = height;
        Shift = shift;
        ChromaWidth = (width + (1 << shift) - 1) >> shift;
        ChromaHeight = (height + (1 << shift) - 1) >> shift;
        Y = new byte[width * height];
        U = new byte[ChromaWidth * ChromaHeight];
        V = new byte[ChromaWidth * ChromaHeight];
        Fill(0, 0, width, height, 0, 0, 0);
    }

    public int Width { get; }

    public int Height { get; }

    public int Shift { get; }

    public int ChromaWidth { get; }

    public int ChromaHeight { get; }

    public byte[] Y { get; }

    public byte[] U { get; }

    public byte[] V { get; }

    /// <summary>Paints a rectangle (in luma pixels; for 4:2:0 keep it on even edges) with one colour.</summary>
    public ColourFrame Fill(int left, int top, int width, int height, double red, double green, double blue)
    {
        var (y, u, v) = YuvColour.FromRgb(red, green, blue);
        for (var row = top; row < top + height; row++)
        {
            Y.AsSpan((row * Width) + left, width).Fill(y);
        }

        for (var row = top >> Shift; row < (top + height + (1 << Shift) - 1) >> Shift; row++)
        {
            var from = left >> Shift;
            var count = ((left + width + (1 << Shift) - 1) >> Shift) - from;
            U.AsSpan((row * ChromaWidth) + from, count).Fill(u);
            V.AsSpan((row * ChromaWidth) + from, count).Fill(v);
        }

        return this;
    }

    public LumaPlane Luma => new(Width, Height, Width, Y);

    public ChromaPlanes Chroma => new(ChromaWidth, ChromaHeight, ChromaWidth, Shift, Shift, U, V);
}
