using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Midi.Tests.Playback;

internal static class Sessions
{
    /// <summary>One full-frame region playing C4 on channel 1 at brightness ≥ 0.5.</summary>
    public static Core.Mapping.Mapping OneNote(int note = 60, int channel = 1) =>
        new("test", string.Empty, "test.json", [new MappedRegion("all", NormalizedRect.Full, RegionMeasure.Brightness, channel, note, 0.5, 0.3, 1, 127)]);

    /// <summary><see cref="OneNote"/> with instruments: (channel 1–16, program 0–127) each.</summary>
    public static Core.Mapping.Mapping WithInstruments(params (int Channel, int Program)[] instruments) =>
        OneNote() with { Instruments = [.. instruments.Select(i => new MappedInstrument(i.Channel, i.Program))] };

    /// <summary>Checks every note-on was followed by its note-off, and returns the keys left open.</summary>
    public static int OpenNotes(IEnumerable<NoteEvent> messages)
    {
        var open = new Dictionary<(int, int), int>();
        foreach (var m in messages)
        {
            var key = (m.Channel, m.Data1);
            if (m.Kind == NoteEventKind.NoteOn)
            {
                open[key] = open.GetValueOrDefault(key) + 1;
            }
            else if (m.Kind == NoteEventKind.NoteOff)
            {
                open[key] = open.GetValueOrDefault(key) - 1;
            }
        }

        return open.Values.Count(v => v != 0);
    }
}
