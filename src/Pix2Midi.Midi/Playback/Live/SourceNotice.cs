namespace Pix2Midi.Midi.Playback.Live;

/// <summary>A change in a live run's source, for the user to read.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Reason">Why, in one line naming the source (for <see cref="SourceNoticeKind.Lost"/> and <see cref="SourceNoticeKind.RetryFailed"/>).</param>
/// <param name="Attempt">For <see cref="SourceNoticeKind.RetryFailed"/>: how many attempts have failed since the loss.</param>
/// <param name="RetryIn">For <see cref="SourceNoticeKind.Lost"/> and <see cref="SourceNoticeKind.RetryFailed"/>: the wait before the next attempt.</param>
/// <param name="Without">How long the run has been without pictures (for <see cref="SourceNoticeKind.Restored"/>: how long it was).</param>
/// <param name="ReleasedNotes">For <see cref="SourceNoticeKind.Lost"/>: how many sounding notes were stopped.</param>
public readonly record struct SourceNotice(SourceNoticeKind Kind, string Reason, int Attempt, TimeSpan RetryIn, TimeSpan Without, int ReleasedNotes);
