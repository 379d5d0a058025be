namespace Pix2Midi.Core.Frames;

/// <summary>What a frame source knows about its video before the first frame is read.</summary>
/// <param name="Name">How to name the source in messages: a file path, or a camera's name.</param>
/// <param name="Width">Frame width in pixels.</param>
/// <param name="Height">Frame height in pixels.</param>
/// <param name="NominalRate">
/// The frame rate the container reports, or <see langword="null"/> when it reports none that is
/// plausible. Timestamps, not this rate, place the frames; it chooses the MIDI file's time base.
/// </param>
/// <param name="FrameCount">The number of frames the container announces, when it announces one.</param>
/// <param name="Duration">The duration the container announces, when it announces one.</param>
/// <param name="Codec">The codec's short name or FourCC, for summaries.</param>
public sealed record VideoInfo(
    string Name,
    int Width,
    int Height,
    FrameRate? NominalRate,
    long? FrameCount,
    TimeSpan? Duration,
    string Codec);
