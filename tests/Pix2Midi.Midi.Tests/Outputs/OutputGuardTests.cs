using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Tests.Playback;

namespace Pix2Midi.Midi.Tests.Outputs;

/// <summary>An output that goes away mid-run costs that output, not the run; the last one going stops it cleanly.</summary>
public class OutputGuardTests
{
    [Fact]
    public void A_lost_output_is_named_in_one_line_with_the_outputs_still_playing_and_is_sent_nothing_more()
    {
        var notices = new List<string>();
        var guard = new OutputGuard(notices.Add);
        var dying = new FakeOutput("dying", failAfter: 1);
        var healthy = new FakeOutput("healthy");
        var outputs = new[] { guard.Guard(dying), guard.Guard(healthy) };

        for (var i = 0; i < 3; i++)
        {
            foreach (var output in outputs)
            {
                output.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 60 + i, 100), 0);
            }
        }

        Assert.Equal(["test:dying is lost: dying: the port went away. Playing on to test:healthy."], notices);
        Assert.Equal(["test:dying"], guard.Lost);
        Assert.Single(dying.Messages);
        Assert.Equal(3, healthy.Messages.Count);
        Assert.True(outputs[0].Drain(TimeSpan.FromSeconds(1)));
        outputs[0].Dispose();
        Assert.True(dying.Disposed);
    }

    [Fact]
    public void When_the_last_output_goes_the_failure_names_it_and_says_nothing_is_left()
    {
        var guard = new OutputGuard(_ => { });
        var only = guard.Guard(new FakeOutput("only", failAfter: 0));

        var error = Assert.Throws<MidiOutputException>(() => only.Send(NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100), 0));

        Assert.Equal("test:only is lost: only: the port went away. No MIDI output is left, so Pix2Midi stopped.", error.Message);
    }

    [Fact]
    public void A_run_plays_to_the_end_on_the_output_left_with_every_note_stopped_there_and_in_the_recording()
    {
        var notices = new List<string>();
        var guard = new OutputGuard(notices.Add);
        var dying = new FakeOutput("dying", failAfter: 3);
        var healthy = new FakeOutput("healthy");
        var recording = new RecordingOutput();
        var player = new RealtimePlayer([guard.Guard(dying), guard.Guard(healthy), recording], new InstantWaiter());

        var result = player.Play(() => SyntheticFrameSource.AtRate(10, 0, 255, 0, 255, 0, 255, 0, 255, 0), Sessions.OneNote(), null, CancellationToken.None);

        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        Assert.Single(notices);
        Assert.Equal(recording.Messages, healthy.Messages);
        Assert.True(healthy.Messages.Count(m => m.Kind == NoteEventKind.NoteOn) > 1);
        Assert.Equal(0, Sessions.OpenNotes(healthy.Messages));
        Assert.Equal(0, Sessions.OpenNotes(recording.Messages));
    }

    [Fact]
    public void A_run_whose_last_output_goes_stops_as_failed_and_the_recording_still_gets_its_note_offs()
    {
        var guard = new OutputGuard(_ => { });
        var recording = new RecordingOutput();
        var player = new RealtimePlayer([guard.Guard(new FakeOutput("only", failAfter: 1)), recording], new InstantWaiter());

        var result = player.Play(() => SyntheticFrameSource.AtRate(10, 0, 255, 0, 255, 0, 255, 0, 255, 0), Sessions.OneNote(), null, CancellationToken.None);

        Assert.Equal(PlaybackStopReason.Failed, result.Reason);
        Assert.StartsWith("test:only is lost: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, Sessions.OpenNotes(recording.Messages));
        Assert.Contains(recording.Messages, m => m.Kind == NoteEventKind.ControlChange && m.Data1 == 123);
    }

    [Fact]
    public void Scheduling_outputs_keep_their_delivery_figures_and_outputs_that_reconnect_speak_through_the_guard()
    {
        var notices = new List<string>();
        var guard = new OutputGuard(notices.Add);
        var reconnecting = new ReconnectingOutput();

        var guarded = guard.Guard(reconnecting);
        reconnecting.Notice!("test:synth went away");

        var figures = Assert.IsAssignableFrom<IDeliveryStatistics>(guarded);
        Assert.Equal(7, figures.Delivered);
        Assert.False(guard.Guard(new FakeOutput()) is IDeliveryStatistics);
        Assert.Equal(["test:synth went away"], notices);
    }

    private sealed class ReconnectingOutput : IMidiOutput, IDeliveryStatistics, IConnectionNotices
    {
        public MidiPortInfo Port { get; } = new("test", "synth", "synth");

        public TimeSpan Lookahead => TimeSpan.Zero;

        public long Delivered => 7;

        public long Late => 0;

        public TimeSpan MaxLateness => TimeSpan.Zero;

        public Action<string>? Notice { get; set; }

        public void Send(NoteEvent message, long dueTimestamp)
        {
        }

        public bool Drain(TimeSpan timeout) => true;

        public void Dispose()
        {
        }
    }
}
