using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Backends.Alsa;

namespace Pix2Midi.Midi.Tests.Backends.Alsa;

/// <summary>
/// The ALSA output never waits for a receiver that does not read: what its full queue refuses is
/// dropped and counted, and note-offs are owed and sent again, never lost silently.
/// </summary>
public class AlsaDeliveryTests
{
    private static readonly TimeSpan T = TimeSpan.FromSeconds(1);

    [Fact]
    public void While_the_queue_has_room_every_message_is_delivered_once()
    {
        var sequencer = new ScriptedSequencer();
        var delivery = new AlsaDelivery(sequencer);

        Send(delivery, On(60), Off(60), NoteEvent.ControlChange(T, 0, 7, 100));

        Assert.Equal([On(60), Off(60), NoteEvent.ControlChange(T, 0, 7, 100)], sequencer.Received);
        Assert.Equal((3L, 0L, 0L, 0), (delivery.Delivered, delivery.Dropped, delivery.Late, delivery.Owed));
    }

    [Fact]
    public void A_full_queue_drops_note_ons_and_controllers_after_one_try_and_counts_them()
    {
        var sequencer = new ScriptedSequencer { Full = true };
        var delivery = new AlsaDelivery(sequencer);

        Send(delivery, On(60), NoteEvent.ControlChange(T, 0, 1, 64), On(62));

        Assert.Empty(sequencer.Received);
        Assert.Equal(3, sequencer.Attempts);
        Assert.Equal((0L, 3L, 0), (delivery.Delivered, delivery.Dropped, delivery.Owed));
    }

    [Fact]
    public void A_refused_note_off_is_owed_and_sent_first_with_the_next_message_once_there_is_room()
    {
        var sequencer = new ScriptedSequencer();
        var delivery = new AlsaDelivery(sequencer);
        Send(delivery, On(60));

        sequencer.Full = true;
        Send(delivery, Off(60));
        Assert.Equal(1, delivery.Owed);

        sequencer.Full = false;
        Send(delivery, On(64));

        Assert.Equal([On(60), Off(60), On(64)], sequencer.Received);
        Assert.Equal((3L, 0L, 1L, 0), (delivery.Delivered, delivery.Dropped, delivery.Late, delivery.Owed));
    }

    [Fact]
    public void A_refused_program_change_is_owed_and_the_newest_for_its_channel_goes_when_there_is_room()
    {
        var sequencer = new ScriptedSequencer { Full = true };
        var delivery = new AlsaDelivery(sequencer);

        Send(delivery, NoteEvent.ProgramChange(T, 0, 14), NoteEvent.ProgramChange(T, 1, 38), NoteEvent.ProgramChange(T, 0, 8));
        Assert.Equal((2, 1L), (delivery.Owed, delivery.Dropped));

        sequencer.Full = false;
        Send(delivery, On(60));

        Assert.Equal([NoteEvent.ProgramChange(T, 0, 8), NoteEvent.ProgramChange(T, 1, 38), On(60)], sequencer.Received);
        Assert.Equal((3L, 1L, 2L, 0), (delivery.Delivered, delivery.Dropped, delivery.Late, delivery.Owed));
    }

    [Fact]
    public void A_note_on_that_an_owed_note_off_would_cut_short_is_not_started()
    {
        var sequencer = new ScriptedSequencer();
        var delivery = new AlsaDelivery(sequencer);
        Send(delivery, On(60));
        sequencer.Full = true;
        Send(delivery, Off(60));

        // Still full: the new note-on of the same note is dropped without being tried, the owed note-off kept.
        var attempts = sequencer.Attempts;
        Send(delivery, On(60));
        Assert.Equal(attempts + 1, sequencer.Attempts); // the owed note-off, tried again
        Assert.Equal((1L, 1), (delivery.Dropped, delivery.Owed));

        // Room again: the owed note-off goes first, then the note-off of the note not started (it
        // does nothing), then the next note-on of that note, which sounds.
        sequencer.Full = false;
        Send(delivery, Off(60), On(60));
        Assert.Equal([On(60), Off(60), Off(60), On(60)], sequencer.Received);
        Assert.Equal((1L, 0), (delivery.Dropped, delivery.Owed));
    }

    [Fact]
    public void An_owed_all_notes_off_holds_back_note_ons_of_its_channel_only()
    {
        // The receiver refuses every control change for now.
        var sequencer = new ScriptedSequencer { Refuses = m => m.Kind == NoteEventKind.ControlChange };
        var delivery = new AlsaDelivery(sequencer);
        Send(delivery, NoteEvent.ControlChange(T, 2, 123, 0));
        Assert.Equal(1, delivery.Owed);

        Send(delivery, NoteEvent.NoteOn(T, 2, 60, 100), NoteEvent.NoteOn(T, 3, 60, 100));

        Assert.Equal([NoteEvent.NoteOn(T, 3, 60, 100)], sequencer.Received);
        Assert.Equal((1L, 1L, 1), (delivery.Delivered, delivery.Dropped, delivery.Owed));
    }

    [Fact]
    public void A_note_on_of_velocity_zero_is_a_note_off_and_is_owed_too()
    {
        var sequencer = new ScriptedSequencer { Full = true };
        var delivery = new AlsaDelivery(sequencer);

        Send(delivery, NoteEvent.NoteOn(T, 0, 60, 0));

        Assert.Equal((0L, 1), (delivery.Dropped, delivery.Owed));
    }

    [Fact]
    public void Each_note_owes_at_most_one_note_off_so_the_owed_list_stays_bounded()
    {
        var sequencer = new ScriptedSequencer { Full = true };
        var delivery = new AlsaDelivery(sequencer);

        for (var round = 0; round < 3; round++)
        {
            for (var channel = 0; channel < 16; channel++)
            {
                for (var note = 0; note < 128; note++)
                {
                    Send(delivery, NoteEvent.NoteOff(T, channel, note));
                }

                Send(delivery, NoteEvent.ControlChange(T, channel, 123, 0), NoteEvent.ControlChange(T, channel, 120, 0));
            }
        }

        Assert.Equal(16 * 130, delivery.Owed);
        Assert.Equal(2L * 16 * 130, delivery.Dropped);

        // Once the receiver reads, the end of the run sends every one, in the order they were owed.
        sequencer.Full = false;
        Assert.Equal(0, delivery.Drain(TimeSpan.FromSeconds(1)));
        Assert.Equal(0, delivery.Owed);
        Assert.Equal(16 * 130, sequencer.Received.Count);
        Assert.Equal(NoteEvent.NoteOff(T, 0, 0), sequencer.Received[0]);
        Assert.Equal(NoteEvent.ControlChange(T, 15, 120, 0), sequencer.Received[^1]);
        Assert.Equal(16L * 130, delivery.Late);
    }

    [Fact]
    public void Each_send_tries_a_bounded_number_of_owed_note_offs_before_its_own_message()
    {
        var sequencer = new ScriptedSequencer { Full = true };
        var delivery = new AlsaDelivery(sequencer);
        for (var note = 0; note < 100; note++)
        {
            Send(delivery, Off(note));
        }

        sequencer.Full = false;
        Send(delivery, NoteEvent.ControlChange(T, 1, 7, 90));

        Assert.Equal(AlsaDelivery.RetriesPerSend + 1, sequencer.Received.Count);
        Assert.Equal(100 - AlsaDelivery.RetriesPerSend, delivery.Owed);
        Assert.Equal(NoteEvent.ControlChange(T, 1, 7, 90), sequencer.Received[^1]);
    }

    [Fact]
    public void Drain_sends_what_is_owed_when_the_receiver_reads_again_and_what_never_goes_is_given_up_and_counted()
    {
        var sequencer = new ScriptedSequencer();
        var delivery = new AlsaDelivery(sequencer);
        Send(delivery, On(60), On(62));
        sequencer.Full = true;
        Send(delivery, Off(60), Off(62));

        // The receiver takes something again after a few refusals: everything owed is delivered.
        sequencer.FreeAfter = 5;
        Assert.Equal(0, delivery.Drain(TimeSpan.FromSeconds(30)));
        Assert.Equal([On(60), On(62), Off(60), Off(62)], sequencer.Received);
        Assert.Equal(0, delivery.Abandon());

        // A receiver that never reads again: after the time allowed the note-off is given up, and counted.
        sequencer.Full = true;
        Send(delivery, On(64));
        Send(delivery, Off(65));
        Assert.Equal(0, delivery.Drain(TimeSpan.FromMilliseconds(20)));
        Assert.Equal(1, delivery.Owed);
        Assert.Equal(1, delivery.Abandon());
        Assert.Equal((0, 2L), (delivery.Owed, delivery.Dropped));
    }

    [Fact]
    public void A_queue_that_is_closing_is_full_too_but_any_other_error_is_the_port_gone()
    {
        var sequencer = new ScriptedSequencer { Full = true, Refusal = AlsaDelivery.NoMemory };
        var delivery = new AlsaDelivery(sequencer);
        Assert.Equal(0, delivery.Send(Off(60), 0, 0));
        Assert.Equal(1, delivery.Owed);

        sequencer.Refusal = -19; // ENODEV
        Assert.Equal(-19, delivery.Send(On(61), 0, 0));
        Assert.Equal(-19, delivery.Drain(TimeSpan.FromSeconds(1)));
        Assert.False(AlsaDelivery.IsFull(-19));
    }

    [Fact]
    public void Sending_dropping_and_owing_allocate_nothing()
    {
        var sequencer = new ScriptedSequencer();
        var delivery = new AlsaDelivery(sequencer);
        Send(delivery, On(1), Off(1));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            sequencer.Full = i % 3 == 0;
            delivery.Send(On(i % 128), i, i + 1);
            delivery.Send(Off(i % 128), i, i + 1);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static NoteEvent On(int note) => NoteEvent.NoteOn(T, 0, note, 100);

    private static NoteEvent Off(int note) => NoteEvent.NoteOff(T, 0, note);

    private static void Send(AlsaDelivery delivery, params NoteEvent[] messages)
    {
        foreach (var message in messages)
        {
            Assert.Equal(0, delivery.Send(message, 0, 0));
        }
    }
}
