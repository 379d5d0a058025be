namespace Pix2Midi.Core.Analysis;

/// <summary>A region the <see cref="ColourSampler"/> measures.</summary>
/// <param name="Rect">Where in the frame.</param>
/// <param name="Colour">The colour it looks at, or null for every pixel.</param>
/// <param name="Position">Whether to find the centre of its (matching or bright) pixels.</param>
public readonly record struct ColourRegion(NormalizedRect Rect, ColourKey? Colour, bool Position = true);
