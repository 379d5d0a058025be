namespace Pix2Midi.Core.Frames;

/// <summary>A stream of decoded frames: a video file, a camera, an image sequence in tests.</summary>
/// <remarks>
/// Not thread-safe: one reader at a time. A frame handed out by <see cref="TryReadFrame"/> is
/// valid until the next call, so a source can reuse one buffer for every frame.
/// </remarks>
public interface IFrameSource : IDisposable
{
    /// <summary>What the source announced when it was opened.</summary>
    VideoInfo Info { get; }

    /// <summary>Reads the next frame.</summary>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="FrameSourceException">The source failed in a way the user must hear about.</exception>
    bool TryReadFrame(out VideoFrame frame);
}
