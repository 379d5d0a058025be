namespace Pix2Midi.Midi.Playback;

/// <summary>What one output delivered, for <c>--stats</c>.</summary>
/// <param name="Port">The output's qualified name.</param>
/// <param name="Sent">Messages handed to it.</param>
/// <param name="Delivered">Messages it reports delivered (outputs that schedule), or null.</param>
/// <param name="Late">Messages it reports delivered late, or null.</param>
/// <param name="MaxLateness">Its worst delivery lateness, or null.</param>
public sealed record OutputReport(string Port, long Sent, long? Delivered, long? Late, TimeSpan? MaxLateness);
