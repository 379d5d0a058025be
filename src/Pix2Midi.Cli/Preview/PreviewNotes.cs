using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// An output that only remembers which notes are sounding, so the preview can light the regions
/// that play them. It is handed every message at its due time, like a port.
/// </summary>
/// <remarks>
/// Written by the player's one sending thread, read by the preview thread: counts are written
/// with volatile stores and read with volatile loads. Allocates nothing.
/// </remarks>
internal sealed class PreviewNotes : IMidiOutput
{
    private readonly int[] _counts = new int[16 * 128];

    public MidiPortInfo Port { get; } = new("preview", "window", "preview");

    public TimeSpan Lookahead => TimeSpan.Zero;

    public void Send(NoteEvent message, long dueTimestamp)
    {
        var channel = message.Channel & 15;
        var key = (channel * 128) + (message.Data1 & 127);
        switch (message.Kind)
        {
            case NoteEventKind.NoteOn:
                Volatile.Write(ref _counts[key], _counts[key] + 1);
                break;
            case NoteEventKind.NoteOff when _counts[key] > 0:
                Volatile.Write(ref _counts[key], _counts[key] - 1);
                break;
            case NoteEventKind.ControlChange when message.Data1 is 120 or 123:
                for (var note = 0; note < 128; note++)
                {
                    Volatile.Write(ref _counts[(channel * 128) + note], 0);
                }

                break;
        }
    }

    /// <summary>Whether <paramref name="region"/> is sounding: its note, or for a region whose pitch follows its value, any note of its range on its channel.</summary>
    public bool IsLit(MappedRegion region)
    {
        if (!region.PlaysNotes)
        {
            return false;
        }

        var channel = (region.Channel - 1) & 15;
        var (lowest, highest) = region.Pitch is { } pitch ? (pitch.Lowest, pitch.Highest) : (region.Note, region.Note);
        for (var note = Math.Max(0, lowest); note <= Math.Min(127, highest); note++)
        {
            if (Volatile.Read(ref _counts[(channel * 128) + note]) > 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool Drain(TimeSpan timeout) => true;

    public void Dispose()
    {
    }
}
