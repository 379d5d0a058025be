namespace Pix2Midi.Core.Smf;

/// <summary>One track chunk (MTrk) of a Standard MIDI File.</summary>
/// <param name="Events">Every event in file order, meta events and the closing end of track included.</param>
/// <param name="Name">The text of the track's first name meta event (FF 03), if any.</param>
public sealed record SmfTrack(IReadOnlyList<SmfEvent> Events, string? Name)
{
    /// <summary>The tick of the track's last event, normally its end of track; 0 when empty.</summary>
    public long EndTick => Events.Count == 0 ? 0 : Events[^1].Tick;

    /// <summary>The track's channel messages, in file order.</summary>
    public IEnumerable<SmfEvent> ChannelEvents => Events.Where(static e => e.IsChannelMessage);
}
