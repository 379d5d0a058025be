namespace Pix2Midi.Video.Files;

/// <summary>One entry of <c>ffmpeg</c>'s per-frame log, in the order it wrote them.</summary>
/// <param name="Milliseconds">For a frame: its presentation time as OpenCV would report it (0 when it has none).</param>
/// <param name="Kind">What the entry is.</param>
internal readonly record struct FrameStamp(double Milliseconds, FrameStampKind Kind)
{
    /// <summary>A packet the decoder could not decode.</summary>
    public static FrameStamp Failure => new(0, FrameStampKind.Failure);

    /// <summary>A frame of another size than the pipe carries: the video changes size midway.</summary>
    public static FrameStamp Resized => new(0, FrameStampKind.Resized);

    /// <summary>A frame shown at <paramref name="milliseconds"/>.</summary>
    public static FrameStamp Frame(double milliseconds) => new(milliseconds, FrameStampKind.Frame);
}
