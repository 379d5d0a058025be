namespace Pix2Midi.Midi.Playback;

/// <summary>How a run went: the figures <c>--stats</c> writes.</summary>
/// <param name="Reason">Why it ended.</param>
/// <param name="Error">When it failed: the one-line message, naming what failed.</param>
/// <param name="Frames">Frames played.</param>
/// <param name="Dropped">Frames dropped because they were decoded too late.</param>
/// <param name="EventsSent">Messages sent, final note-offs and channel resets included.</param>
/// <param name="Notes">Note-ons sent.</param>
/// <param name="LateEvents">Events handed over later than the late threshold.</param>
/// <param name="LatenessP50">Median lateness of hand-over against its target time.</param>
/// <param name="LatenessP99">99th percentile of the same.</param>
/// <param name="LatenessMax">Worst of the same.</param>
/// <param name="Played">Video time played, across loops.</param>
/// <param name="Loops">Completed passes.</param>
/// <param name="Outputs">Per output.</param>
public sealed record PlaybackResult(
    PlaybackStopReason Reason,
    string? Error,
    long Frames,
    long Dropped,
    long EventsSent,
    long Notes,
    long LateEvents,
    TimeSpan LatenessP50,
    TimeSpan LatenessP99,
    TimeSpan LatenessMax,
    TimeSpan Played,
    int Loops,
    IReadOnlyList<OutputReport> Outputs)
{
    /// <summary>How long the run stood paused, in all (not counted in <see cref="Played"/> nor in lateness).</summary>
    public TimeSpan Paused { get; init; }

    /// <summary>How many times it was paused.</summary>
    public int Pauses { get; init; }

    /// <summary>Whether the clock thread ran at real-time priority (<see cref="Timing.RealtimePriority"/>): false where the OS refused it.</summary>
    public bool RealtimePriority { get; init; }
}
