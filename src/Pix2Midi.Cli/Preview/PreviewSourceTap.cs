using Pix2Midi.Core.Frames;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// A video source that hands each frame it reads to the preview as well (<c>run --preview</c>),
/// in colour when the source gives colour planes.
/// </summary>
/// <remarks>
/// Runs on the player's analysis thread, which decodes ahead of the clock: the copy never delays
/// a note, and <see cref="PreviewFrames"/> holds each frame until the clock reaches it.
/// </remarks>
internal sealed class PreviewSourceTap(IFrameSource inner, PreviewFrames frames, long pass) : IFrameSource
{
    public VideoInfo Info => inner.Info;

    public bool TryReadFrame(out VideoFrame frame)
    {
        if (!inner.TryReadFrame(out frame))
        {
            return false;
        }

        frames.Offer(frame.Luma, frame.Chroma, pass, frame.Timestamp);
        return true;
    }

    public void Dispose() => inner.Dispose();
}
