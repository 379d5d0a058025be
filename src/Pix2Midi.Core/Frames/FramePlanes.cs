namespace Pix2Midi.Core.Frames;

/// <summary>Which planes a caller reads from a source's frames.</summary>
/// <remarks>
/// A source asked for <see cref="Luma"/> does no colour work at all, as before colour existed; one
/// asked for <see cref="Colour"/> hands on the decoder's chroma planes too (see <see cref="ChromaPlanes"/>).
/// </remarks>
public enum FramePlanes
{
    /// <summary>Brightness only.</summary>
    Luma,

    /// <summary>Brightness and colour.</summary>
    Colour,
}
