using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Preview;

/// <summary>Feeds a live run's frames and status to the preview window.</summary>
/// <remarks>Called on the MIDI thread after each frame's notes were sent: copies the frame if a slot is free, and returns.</remarks>
internal sealed class LivePreviewFeed(PreviewWindow window) : ILiveObserver
{
    public void OnFrame(LumaPlane luma, in LiveStatus status)
    {
        window.State.Update(status);
        window.Frames.Offer(luma, 0, status.Elapsed);
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
