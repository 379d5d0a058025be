namespace Pix2Midi.Core.Analysis;

/// <summary>
/// A rectangle in normalized frame coordinates: (0, 0) is the top-left corner, (1, 1) the
/// bottom-right, whatever the video's resolution.
/// </summary>
/// <param name="X">Left edge, 0..1.</param>
/// <param name="Y">Top edge, 0..1.</param>
/// <param name="Width">Width, 0..1 − X.</param>
/// <param name="Height">Height, 0..1 − Y.</param>
public readonly record struct NormalizedRect(double X, double Y, double Width, double Height)
{
    /// <summary>The whole frame.</summary>
    public static NormalizedRect Full => new(0, 0, 1, 1);

    /// <summary>Right edge.</summary>
    public double Right => X + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>
    /// The pixel rectangle this covers in a <paramref name="frameWidth"/>×<paramref name="frameHeight"/>
    /// frame: edges rounded to the nearest pixel boundary, at least one pixel each way, clipped to the frame.
    /// </summary>
    public PixelRect ToPixels(int frameWidth, int frameHeight)
    {
        var left = Edge(X, frameWidth);
        var top = Edge(Y, frameHeight);
        var right = Math.Max(left + 1, Edge(Right, frameWidth));
        var bottom = Math.Max(top + 1, Edge(Bottom, frameHeight));
        if (right > frameWidth)
        {
            left = frameWidth - 1;
            right = frameWidth;
        }

        if (bottom > frameHeight)
        {
            top = frameHeight - 1;
            bottom = frameHeight;
        }

        return new PixelRect(left, top, right, bottom);
    }

    private static int Edge(double normalized, int size) =>
        (int)Math.Clamp(Math.Round(normalized * size, MidpointRounding.AwayFromZero), 0, size);
}
