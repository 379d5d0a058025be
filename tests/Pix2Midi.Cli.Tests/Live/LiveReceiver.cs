using Pix2Midi.Core.Events;

namespace Pix2Midi.Cli.Tests.Live;

/// <summary>What a receiver got, as notes.</summary>
public static class LiveReceiver
{
    public static int[] NotesOn(IEnumerable<NoteEvent> messages) =>
        [.. messages.Where(m => m.Kind == NoteEventKind.NoteOn).Select(m => (int)m.Data1)];

    /// <summary>Keys with more note-ons than note-offs.</summary>
    public static int OpenNotes(IEnumerable<NoteEvent> messages)
    {
        var open = new Dictionary<(int, int), int>();
        foreach (var m in messages)
        {
            var key = (m.Channel, m.Data1);
            open[key] = open.GetValueOrDefault(key) + m.Kind switch
            {
                NoteEventKind.NoteOn => 1,
                NoteEventKind.NoteOff => -1,
                _ => 0,
            };
        }

        return open.Values.Count(v => v != 0);
    }
}
