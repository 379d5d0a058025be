using Pix2Midi.Core.Frames;

namespace Pix2Midi.Midi.Playback.Live;

/// <summary>Watches a live run: the status line, the preview window, a test.</summary>
/// <remarks>
/// Called on the player's MIDI thread, after the frame's messages have been handed to every
/// output, so nothing an observer does can make a note of that frame later. It delays the next
/// frame, though: an observer must be quick (copy what it needs and return) and allocate nothing
/// per frame. Notices are rare and may allocate.
/// </remarks>
public interface ILiveObserver
{
    /// <summary>A frame has been analysed and its messages sent.</summary>
    /// <param name="luma">The frame's pixels; valid only during the call.</param>
    /// <param name="status">Where the run is.</param>
    void OnFrame(LumaPlane luma, in LiveStatus status);

    /// <summary>A frame has been analysed and its messages sent, with its colour planes (empty when the source gave none).</summary>
    /// <param name="luma">The frame's luma; valid only during the call.</param>
    /// <param name="chroma">Its colour planes; valid only during the call.</param>
    /// <param name="status">Where the run is.</param>
    /// <remarks>An observer that draws in colour overrides this; by default the luma alone is passed on.</remarks>
    void OnFrame(LumaPlane luma, ChromaPlanes chroma, in LiveStatus status) => OnFrame(luma, status);

    /// <summary>The source was lost, could not be reopened, or came back.</summary>
    void OnNotice(in SourceNotice notice);
}
