namespace Pix2Midi.Midi.Playback;

/// <summary>Why a run ended.</summary>
public enum PlaybackStopReason
{
    /// <summary>The video ended (without <see cref="PlaybackOptions.Loop"/>).</summary>
    Ended,

    /// <summary>Stopped by the user (Ctrl+C, SIGTERM, a key).</summary>
    Cancelled,

    /// <summary>The video or a MIDI output failed; see <see cref="PlaybackResult.Error"/>.</summary>
    Failed,
}
