namespace Pix2Midi.Video.Files;

/// <summary>Frames of a damaged video that could not be decoded and were skipped, in one stretch.</summary>
/// <param name="From">The video time of the first skipped frame (from the start of the video, as frames are stamped).</param>
/// <param name="To">The video time of the last one; equal to <paramref name="From"/> for a single frame.</param>
/// <param name="Frames">How many frames were skipped there.</param>
public readonly record struct SkippedSpan(TimeSpan From, TimeSpan To, int Frames);
