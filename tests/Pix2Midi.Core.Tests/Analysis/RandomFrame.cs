using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Core.Tests.Analysis;

/// <summary>
/// A frame of random luma whose chroma samples are drawn from a palette (with a little noise), in
/// any subsampling and range, with padded rows; or grey (no chroma).
/// </summary>
public sealed class RandomFrame
{
    private RandomFrame(int width, int height, int shiftX, int shiftY, bool fullRange, bool grey)
    {
        Width = width;
        Height = height;
        ShiftX = shiftX;
        ShiftY = shiftY;
        FullRange = fullRange;
        Grey = grey;
        LumaStride = width + 5;
        ChromaWidth = (width + (1 << shiftX) - 1) >> shiftX;
        ChromaHeight = (height + (1 << shiftY) - 1) >> shiftY;
        ChromaStride = ChromaWidth + 3;
        Y = new byte[LumaStride * height];
        U = new byte[ChromaStride * ChromaHeight];
        V = new byte[ChromaStride * ChromaHeight];
    }

    public int Width { get; }

    public int Height { get; }

    public int ShiftX { get; }

    public int ShiftY { get; }

    public bool FullRange { get; }

    public bool Grey { get; }

    public int LumaStride { get; }

    public int ChromaWidth { get; }

    public int ChromaHeight { get; }

    public int ChromaStride { get; }

    public byte[] Y { get; }

    public byte[] U { get; }

    public byte[] V { get; }

    public LumaPlane Luma => new(Width, Height, LumaStride, Y);

    public ChromaPlanes Chroma => Grey ? default : new(ChromaWidth, ChromaHeight, ChromaStride, ShiftX, ShiftY, U, V, FullRange);

    /// <summary>The (U, V) over luma pixel (x, y); (128, 128) for a grey frame.</summary>
    public (int U, int V) ChromaAt(int x, int y)
    {
        if (Grey)
        {
            return (128, 128);
        }

        var at = ((y >> ShiftY) * ChromaStride) + (x >> ShiftX);
        return (U[at], V[at]);
    }

    public static RandomFrame Create(Random random, int width, int height, int shiftX, int shiftY, bool fullRange, bool grey, IReadOnlyList<(double R, double G, double B)> palette)
    {
        var frame = new RandomFrame(width, height, shiftX, shiftY, fullRange, grey);
        random.NextBytes(frame.Y);

        // Whole rows of one colour now and then, so some chroma rows match nothing at all.
        for (var row = 0; row < frame.ChromaHeight; row++)
        {
            var plain = random.Next(4) == 0;
            var rowColour = palette[random.Next(palette.Count)];
            for (var column = 0; column < frame.ChromaWidth; column++)
            {
                var (r, g, b) = plain ? rowColour : palette[random.Next(palette.Count)];
                var (_, u, v) = YuvColour.FromRgb(r, g, b, fullRange);
                var noise = plain ? 0 : 6;
                frame.U[(row * frame.ChromaStride) + column] = (byte)Math.Clamp(u + random.Next(-noise, noise + 1), 0, 255);
                frame.V[(row * frame.ChromaStride) + column] = (byte)Math.Clamp(v + random.Next(-noise, noise + 1), 0, 255);
            }
        }

        return frame;
    }
}
