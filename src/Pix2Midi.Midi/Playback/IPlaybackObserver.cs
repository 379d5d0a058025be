namespace Pix2Midi.Midi.Playback;

/// <summary>Watches a run: the status line, a test.</summary>
/// <remarks>Called on the player's clock thread after every frame: must be quick and must not allocate.</remarks>
public interface IPlaybackObserver
{
    /// <summary>A frame has been played.</summary>
    void OnFrame(in PlaybackStatus status);
}
