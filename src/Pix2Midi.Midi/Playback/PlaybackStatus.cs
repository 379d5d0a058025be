namespace Pix2Midi.Midi.Playback;

/// <summary>Where a run is, after each frame: what the status line shows.</summary>
/// <param name="Position">Video time of the frame just played (across loops).</param>
/// <param name="Frames">Frames played.</param>
/// <param name="Dropped">Frames dropped because they were decoded too late.</param>
/// <param name="Notes">Note-ons sent.</param>
/// <param name="NotesPerSecond">Note-ons sent in the last second of playing.</param>
/// <param name="Sounding">Notes sounding now.</param>
/// <param name="LateEvents">Events sent later than the late threshold.</param>
/// <param name="Loops">Completed passes through the video.</param>
public readonly record struct PlaybackStatus(TimeSpan Position, long Frames, long Dropped, long Notes, int NotesPerSecond, int Sounding, long LateEvents, int Loops);
