namespace Pix2Midi.Midi.Playback.Live;

/// <summary>Where a live run is, after each frame: what the status line and the preview show.</summary>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Frames">Frames analysed.</param>
/// <param name="Dropped">Frames the capture thread replaced with a newer one before the analysis took them.</param>
/// <param name="Notes">Note-ons sent.</param>
/// <param name="NotesPerSecond">Note-ons sent in the last second.</param>
/// <param name="Sounding">Notes sounding now.</param>
/// <param name="Latency">This frame's capture-to-send latency.</param>
/// <param name="FramesPerSecond">Frames analysed in the last second.</param>
/// <param name="Losses">Times the source has been lost so far.</param>
public readonly record struct LiveStatus(TimeSpan Elapsed, long Frames, long Dropped, long Notes, int NotesPerSecond, int Sounding, TimeSpan Latency, int FramesPerSecond, int Losses);
