using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Preview;

/// <summary>Feeds a live run's frames and status to the preview window.</summary>
/// <remarks>
/// Called on the MIDI thread after each frame's notes were sent: copies the frame if a slot is
/// free, and returns. The live player hands over the frame's colour planes when its source gives
/// them (it is opened with colour whenever the window is shown), and the window draws them.
/// </remarks>
internal sealed class LivePreviewFeed(PreviewWindow window) : ILiveObserver
{
    public void OnFrame(LumaPlane luma, in LiveStatus status) => OnFrame(luma, default, status);

    /// <summary>A frame with its colour planes (empty for none): copied like <see cref="OnFrame(LumaPlane, in LiveStatus)"/>'s luma.</summary>
    public void OnFrame(LumaPlane luma, ChromaPlanes chroma, in LiveStatus status)
    {
        window.State.Update(status);
        window.Frames.Offer(luma, chroma, 0, status.Elapsed);
    }

    public void OnNotice(in SourceNotice notice)
    {
        if (notice.Kind is SourceNoticeKind.Lost or SourceNoticeKind.RetryFailed)
        {
            // One text for the whole outage: the picture stays still until the source is back.
            window.State.SetNotice("waiting for the source to come back");
        }
    }
}
