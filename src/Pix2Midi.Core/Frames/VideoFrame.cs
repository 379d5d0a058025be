namespace Pix2Midi.Core.Frames;

/// <summary>One decoded frame: its luma plane, its colour planes when asked for, its presentation time and its position in the stream.</summary>
/// <remarks>Valid until the source reads the next frame (see <see cref="LumaPlane"/>).</remarks>
public readonly ref struct VideoFrame
{
    /// <summary>Creates a frame.</summary>
    public VideoFrame(LumaPlane luma, TimeSpan timestamp, long index)
    {
        Luma = luma;
        Timestamp = timestamp;
        Index = index;
    }

    /// <summary>Creates a frame with colour.</summary>
    public VideoFrame(LumaPlane luma, ChromaPlanes chroma, TimeSpan timestamp, long index)
        : this(luma, timestamp, index)
    {
        Chroma = chroma;
    }

    /// <summary>The brightness plane.</summary>
    public LumaPlane Luma { get; }

    /// <summary>The colour planes; empty when the source was not asked for colour or the video has none.</summary>
    public ChromaPlanes Chroma { get; }

    /// <summary>
    /// Presentation time from the start of the video, taken from the container's timestamps
    /// (not index ÷ frame rate), strictly increasing from one frame to the next.
    /// </summary>
    public TimeSpan Timestamp { get; }

    /// <summary>Zero-based index of the frame among those decoded.</summary>
    public long Index { get; }
}
