namespace Pix2Midi.Midi.Playback.Live;

/// <summary>How a live run went: the figures <c>pix2midi live --stats</c> writes.</summary>
/// <param name="Reason">Why it ended.</param>
/// <param name="Error">For <see cref="LiveStopReason.GaveUp"/> and <see cref="LiveStopReason.Failed"/>: the one-line message.</param>
/// <param name="Elapsed">How long the run lasted.</param>
/// <param name="Frames">Frames analysed.</param>
/// <param name="Dropped">Frames the capture thread replaced with a newer one before the analysis took them.</param>
/// <param name="EventsSent">Messages sent to the first output, note-offs and channel resets included.</param>
/// <param name="Notes">Note-ons sent.</param>
/// <param name="LatencyP50">
/// Capture to send: the median time from a frame's capture (the moment the source had handed over
/// its last byte) to its messages having been handed to every output, over the frames that sent messages.
/// </param>
/// <param name="LatencyP99">99th percentile of the same.</param>
/// <param name="LatencyMax">Worst of the same.</param>
/// <param name="FramesWithMessages">Frames that sent messages: the samples of <paramref name="LatencyP50"/>.</param>
/// <param name="EveryFrameP50">Median time from a frame's capture to the end of its analysis, mapping and sending, over every frame analysed.</param>
/// <param name="EveryFrameP99">99th percentile of the same.</param>
/// <param name="EveryFrameMax">Worst of the same.</param>
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
    long FramesWithMessages,
    TimeSpan EveryFrameP50,
    TimeSpan EveryFrameP99,
    TimeSpan EveryFrameMax,
    int Losses,
    int Restored,
    TimeSpan WithoutSource,
    IReadOnlyList<OutputReport> Outputs)
{
    /// <summary>Whether the capture and MIDI threads both ran at real-time priority (<see cref="Timing.RealtimePriority"/>): false where the OS refused it.</summary>
    public bool RealtimePriority { get; init; }
}
