namespace Pix2Midi.Midi.Playback.Live;

/// <summary>How a live run went: the figures <c>pix2midi live --stats</c> writes.</summary>
/// <param name="Reason">Why it ended.</param>
/// <param name="Error">For <see cref="LiveStopReason.GaveUp"/> and <see cref="LiveStopReason.Failed"/>: the one-line message.</param>
/// <param name="Elapsed">How long the run lasted.</param>
/// <param name="Frames">Frames analysed.</param>
/// <param name="Dropped">Frames the capture thread replaced with a newer one before the analysis took them.</param>
/// <param name="EventsSent">Messages sent to the first output, note-offs and channel resets included.</param>
/// <param name="Notes">Note-ons sent.</param>
/// <param name="LatencyP50">Median time from a frame's capture to its messages being handed to every output.</param>
/// <param name="LatencyP99">99th percentile of the same.</param>
/// <param name="LatencyMax">Worst of the same.</param>
/// <param name="Losses">Times the source was lost (failed, ended or stalled).</param>
/// <param name="Restored">Times pictures came back after a loss or a wait.</param>
/// <param name="WithoutSource">Total time without pictures after the first one, plus any wait at the start.</param>
/// <param name="Outputs">Per output.</param>
public sealed record LiveResult(
    LiveStopReason Reason,
    string? Error,
    TimeSpan Elapsed,
    long Frames,
    long Dropped,
    long EventsSent,
    long Notes,
    TimeSpan LatencyP50,
    TimeSpan LatencyP99,
    TimeSpan LatencyMax,
    int Losses,
    int Restored,
    TimeSpan WithoutSource,
    IReadOnlyList<OutputReport> Outputs);
