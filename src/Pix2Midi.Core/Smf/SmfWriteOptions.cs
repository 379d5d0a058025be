using System.Globalization;

namespace Pix2Midi.Core.Smf;

/// <summary>What <see cref="SmfWriter"/> writes besides the events: names and the end time.</summary>
public sealed record SmfWriteOptions
{
    /// <summary>The options used when none are given.</summary>
    public static SmfWriteOptions Default { get; } = new();

    /// <summary>
    /// The sequence name, written as the conductor track's name (FF 03); DAWs show it as the
    /// file's title. Empty to leave it out. Default "Pix2Midi".
    /// </summary>
    public string SequenceName { get; init; } = "Pix2Midi";

    /// <summary>
    /// Track names by MIDI channel, 0–15 as in <see cref="Events.NoteEvent.Channel"/>. A channel
    /// not in the dictionary (or every channel, when this is <see langword="null"/>) is named
    /// "Channel N" with N counted from 1.
    /// </summary>
    public IReadOnlyDictionary<int, string>? ChannelNames { get; init; }

    /// <summary>
    /// The earliest time every track may end: a track ends at its last event or at this time,
    /// whichever is later. <see langword="null"/> (the default) ends each track at its last event
    /// and the conductor track at 0.
    /// </summary>
    /// <remarks>Set it to the video's duration so that a DAW's clip is as long as the video.</remarks>
    public TimeSpan? EndTime { get; init; }

    /// <summary>The name of the track holding <paramref name="channel"/>'s events.</summary>
    /// <param name="channel">The MIDI channel, 0–15.</param>
    public string TrackName(int channel) =>
        ChannelNames is not null && ChannelNames.TryGetValue(channel, out var name)
            ? name
            : string.Create(CultureInfo.InvariantCulture, $"Channel {channel + 1}");
}
