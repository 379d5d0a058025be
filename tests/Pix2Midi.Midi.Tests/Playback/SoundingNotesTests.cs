using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Midi.Tests.Playback;

public class SoundingNotesTests
{
    [Fact]
    public void A_program_change_sounds_no_note_but_marks_its_channel_used()
    {
        var sounding = new SoundingNotes();

        sounding.Sent(NoteEvent.ProgramChange(TimeSpan.Zero, 3, 60));
        sounding.Sent(NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100));
        var released = new List<NoteEvent>();

        Assert.Equal(1, sounding.Count);
        Assert.True(sounding.UsedChannel(3));
        Assert.Equal(1, sounding.ReleaseAll(TimeSpan.FromSeconds(1), released));
        Assert.Equal([NoteEvent.NoteOff(TimeSpan.FromSeconds(1), 0, 60)], released);
    }

    [Fact]
    public void A_recording_keeps_program_changes_in_the_order_they_were_sent()
    {
        using var recording = new RecordingOutput();
        NoteEvent[] messages = [NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14), NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100)];

        foreach (var message in messages)
        {
            recording.Send(message, 0);
        }

        Assert.Equal(messages, recording.Messages);
    }
}
