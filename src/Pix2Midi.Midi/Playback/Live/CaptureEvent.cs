namespace Pix2Midi.Midi.Playback.Live;

/// <summary>A message from the capture thread to the MIDI thread.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Reason">One line naming the source and the problem.</param>
/// <param name="Attempt">Failed attempts since the loss.</param>
/// <param name="RetryIn">The wait before the next attempt.</param>
/// <param name="Connection">For <see cref="CaptureEventKind.Lost"/>: the opening of the source that was lost; its pictures still waiting are stale.</param>
internal readonly record struct CaptureEvent(CaptureEventKind Kind, string Reason, int Attempt, TimeSpan RetryIn, int Connection = -1);
