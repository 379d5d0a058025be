namespace Pix2Midi.Midi.Playback.Live;

/// <summary>Why a live run ended. A live run has no end of its own: something stops it.</summary>
public enum LiveStopReason
{
    /// <summary>Stopped through the cancellation token (Ctrl+C, SIGTERM, a key in the preview).</summary>
    Cancelled,

    /// <summary>No picture for <see cref="LiveOptions.GiveUpAfter"/>; see <see cref="LiveResult.Error"/>.</summary>
    GaveUp,

    /// <summary>A MIDI output failed; see <see cref="LiveResult.Error"/>.</summary>
    Failed,
}
