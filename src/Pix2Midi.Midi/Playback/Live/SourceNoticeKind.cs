namespace Pix2Midi.Midi.Playback.Live;

/// <summary>What happened to a live run's source.</summary>
public enum SourceNoticeKind
{
    /// <summary>The source failed, ended or stalled; every note has just been released.</summary>
    Lost,

    /// <summary>An attempt to open the source failed; another follows after <see cref="SourceNotice.RetryIn"/>.</summary>
    RetryFailed,

    /// <summary>Pictures arrive again after a loss (or for the first time after waiting at the start).</summary>
    Restored,
}
