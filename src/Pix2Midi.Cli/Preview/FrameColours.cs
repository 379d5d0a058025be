using OpenCvSharp;
using Pix2Midi.Core.Analysis;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// A copied frame as a person sees it: its Y′CbCr samples turned into BGR with the same BT.601
/// conversion the colour readings use (<see cref="YuvColour.ToRgb"/>), or its luma as grey when
/// it has no colour planes.
/// </summary>
/// <remarks>
/// Each luma pixel takes the chroma sample above it (<c>x &gt;&gt; ShiftX</c>,
/// <c>y &gt;&gt; ShiftY</c>), as the sampler reads it. The conversion is done with tables built
/// once from <see cref="YuvColour.ToRgb"/>, in 16-bit fixed point: every channel is within one
/// step of <c>ToRgb</c>'s value × 255, rounded and clipped. Allocates nothing.
/// </remarks>
internal static class FrameColours
{
    private const int FractionBits = 16;
    private const int Half = 1 << (FractionBits - 1);

    private static readonly Tables Video = new(fullRange: false);
    private static readonly Tables Full = new(fullRange: true);

    /// <summary>
    /// Writes <paramref name="frame"/> into <paramref name="bgr"/>: three bytes a pixel (blue,
    /// green, red), <c>Width * 3</c> bytes a row, no padding.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="bgr"/> is too small.</exception>
    public static void ToBgr(PreviewFrame frame, Span<byte> bgr)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var width = frame.Width;
        var height = frame.Height;
        if (bgr.Length < width * height * 3)
        {
            throw new ArgumentException($"{bgr.Length} bytes cannot hold {width}×{height} BGR pixels.", nameof(bgr));
        }

        var luma = frame.Pixels.AsSpan(0, width * height);
        if (!frame.HasColour)
        {
            for (var i = 0; i < luma.Length; i++)
            {
                bgr[i * 3] = luma[i];
                bgr[(i * 3) + 1] = luma[i];
                bgr[(i * 3) + 2] = luma[i];
            }

            return;
        }

        var tables = frame.FullRange ? Full : Video;
        var u = frame.U;
        var v = frame.V;
        var chromaWidth = frame.ChromaWidth;
        var lastChromaRow = frame.ChromaHeight - 1;
        var lastChromaColumn = chromaWidth - 1;
        for (var y = 0; y < height; y++)
        {
            var chromaRow = Math.Min(y >> frame.ShiftY, lastChromaRow) * chromaWidth;
            var lumaRow = luma.Slice(y * width, width);
            var outRow = bgr.Slice(y * width * 3, width * 3);
            for (var x = 0; x < width; x++)
            {
                var c = chromaRow + Math.Min(x >> frame.ShiftX, lastChromaColumn);
                var cb = u[c];
                var cr = v[c];
                var l = tables.Luma[lumaRow[x]];
                outRow[x * 3] = Channel(l + tables.BlueFromU[cb]);
                outRow[(x * 3) + 1] = Channel(l + tables.GreenFromU[cb] + tables.GreenFromV[cr]);
                outRow[(x * 3) + 2] = Channel(l + tables.RedFromV[cr]);
            }
        }
    }

    /// <summary>A new BGR picture of <paramref name="frame"/> (the caller disposes it).</summary>
    public static Mat ToMat(PreviewFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var bgr = new byte[frame.Width * frame.Height * 3];
        ToBgr(frame, bgr);
        using var view = Mat.FromPixelData(frame.Height, frame.Width, MatType.CV_8UC3, bgr);
        return view.Clone();
    }

    private static byte Channel(int value) => (byte)Math.Clamp((value + Half) >> FractionBits, 0, 255);

    /// <summary>The conversion split into its terms (it is linear): a luma term and one term per chroma sample and channel.</summary>
    private sealed class Tables
    {
        public Tables(bool fullRange)
        {
            var (grey, _, _) = YuvColour.ToRgb(128, 128, 128, fullRange);
            for (var i = 0; i < 256; i++)
            {
                Luma[i] = Fixed(YuvColour.ToRgb(i, 128, 128, fullRange).Red);
                var fromU = YuvColour.ToRgb(128, i, 128, fullRange);
                var fromV = YuvColour.ToRgb(128, 128, i, fullRange);
                BlueFromU[i] = Fixed(fromU.Blue - grey);
                GreenFromU[i] = Fixed(fromU.Green - grey);
                GreenFromV[i] = Fixed(fromV.Green - grey);
                RedFromV[i] = Fixed(fromV.Red - grey);
            }
        }

        public int[] Luma { get; } = new int[256];

        public int[] BlueFromU { get; } = new int[256];

        public int[] GreenFromU { get; } = new int[256];

        public int[] GreenFromV { get; } = new int[256];

        public int[] RedFromV { get; } = new int[256];

        private static int Fixed(double channel) => (int)Math.Round(channel * 255 * (1 << FractionBits));
    }
}
