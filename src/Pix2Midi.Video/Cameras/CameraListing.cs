namespace Pix2Midi.Video.Cameras;

/// <summary>The cameras found, and how they were looked for.</summary>
/// <param name="Cameras">The cameras, by index.</param>
/// <param name="Method">How they were looked for, to follow "found" or "looked" (<c>in /sys/class/video4linux</c>), for messages.</param>
/// <param name="Complete">
/// Whether the list is the OS's own (Linux: every capture device): then an index not in it does
/// not exist. Where cameras are found by trying indices, a camera may still open that was not listed.
/// </param>
public sealed record CameraListing(IReadOnlyList<CameraInfo> Cameras, string Method, bool Complete);
