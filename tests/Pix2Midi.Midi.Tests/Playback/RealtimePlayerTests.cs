using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Tests.Playback;

public class RealtimePlayerTests
{
    private static readonly byte[] Pulse = [0, 255, 255, 0, 0, 255, 0, 0];

    private static PlaybackResult Play(FakeOutput[] outputs, Func<Core.Frames.IFrameSource> source, PlaybackOptions? options = null, CancellationToken token = default, Core.Mapping.Mapping? mapping = null, Pix2Midi.Midi.Timing.IPreciseWaiter? waiter = null, IPlaybackObserver? observer = null, Func<Core.Mapping.Mapping?>? updates = null) =>
        new RealtimePlayer(outputs, waiter ?? new InstantWaiter(), options, observer).Play(source, mapping ?? Sessions.OneNote(), updates, token);

    [Fact]
    public void Sends_each_frames_events_due_at_the_frames_own_time()
    {
        var output = new FakeOutput();

        var result = Play([output], () => SyntheticFrameSource.AtRate(10, Pulse));

        Assert.Equal(PlaybackStopReason.Ended, result.Reason);
        Assert.Equal(8, result.Frames);
        var notes = output.Sent.Where(s => s.Message.Kind != NoteEventKind.ControlChange).ToList();
        Assert.Equal(
            [(NoteEventKind.NoteOn, 100), (NoteEventKind.NoteOff, 300), (NoteEventKind.NoteOn, 500), (NoteEventKind.NoteOff, 600)],
            notes.Select(n => (n.Message.Kind, (int)n.Message.Time.TotalMilliseconds)));
        var start = notes[0].Due - (long)(0.1 * Stopwatch.Frequency);
        Assert.All(notes, n => Assert.Equal(start + (long)(n.Message.Time.TotalSeconds * Stopwatch.Frequency), n.Due, tolerance: 1));
    }

    [Fact]
    public void Ends_with_channel_resets_on_the_channels_used()
    {
        var output = new FakeOutput();

        Play([output], () => SyntheticFrameSource.AtRate(10, Pulse), mapping: Sessions.OneNote(channel: 3));

        var resets = output.Messages.Where(m => m.Kind == NoteEventKind.ControlChange).ToList();
        Assert.Equal([(2, 123), (2, 120)], resets.Select(m => ((int)m.Channel, (int)m.Data1)));
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
    }

    [Fact]
    public void A_note_still_sounding_at_the_end_of_the_video_stops_one_frame_after_the_last()
    {
        var output = new FakeOutput();

        Play([output], () => SyntheticFrameSource.AtRate(10, 0, 255, 255));

        var off = Assert.Single(output.Messages, m => m.Kind == NoteEventKind.NoteOff);
        Assert.Equal(TimeSpan.FromMilliseconds(300), off.Time);
    }

    [Fact]
    public void Every_output_gets_every_message()
    {
        var a = new FakeOutput("a");
        var b = new FakeOutput("b");

        var result = Play([a, b], () => SyntheticFrameSource.AtRate(10, Pulse));

        Assert.Equal(a.Messages, b.Messages);
        Assert.Equal(result.EventsSent, a.Messages.Count);
        Assert.Equal([a.Messages.Count, b.Messages.Count], result.Outputs.Select(o => (int)o.Sent));
    }

    [Fact]
    public void Outputs_that_schedule_get_messages_ahead_with_their_due_time()
    {
        var scheduled = new FakeOutput("jack-like", lookahead: TimeSpan.FromMilliseconds(40));
        var immediate = new FakeOutput("winmm-like");

        Play([scheduled, immediate], () => SyntheticFrameSource.AtRate(20, Pulse), waiter: new SleepSpinWaiter());

        var early = scheduled.Sent.Where(s => s.Message.Kind == NoteEventKind.NoteOn).ToList();
        var atTime = immediate.Sent.Where(s => s.Message.Kind == NoteEventKind.NoteOn).ToList();
        Assert.Equal(early.Select(s => s.Due), atTime.Select(s => s.Due));
        var lead = (long)(0.04 * Stopwatch.Frequency);
        Assert.All(early, s => Assert.True(s.SentAt >= s.Due - lead, "handed over no earlier than its lookahead"));
        Assert.All(atTime, s => Assert.True(s.SentAt >= s.Due, "an immediate output is never early"));
    }

    [Fact]
    public void Cancelling_mid_note_stops_every_note_and_resets_the_channels()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();
        var observer = new StopAfter(3, stop);
        var levels = Enumerable.Repeat((byte)255, 200).ToArray();

        var result = Play([output], () => SyntheticFrameSource.AtRate(100, levels), token: stop.Token, observer: observer);

        Assert.Equal(PlaybackStopReason.Cancelled, result.Reason);
        Assert.InRange(result.Frames, 3, 199);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
        Assert.Equal([123, 120], output.Messages.Where(m => m.Kind == NoteEventKind.ControlChange).Select(m => (int)m.Data1));
    }

    [Fact]
    public void A_stop_after_a_scheduling_output_was_handed_a_frame_gives_that_frame_to_the_others_too()
    {
        // JACK has the note-on ahead of time and will play it; the recording must have it as well.
        var scheduled = new FakeOutput("jack-like", lookahead: TimeSpan.FromMilliseconds(40));
        var recording = new FakeOutput("record-like");
        using var stop = new CancellationTokenSource();

        var result = Play([scheduled, recording], () => SyntheticFrameSource.AtRate(10, Pulse), token: stop.Token, waiter: new StopOnceHanded(scheduled, stop));

        Assert.Equal(PlaybackStopReason.Cancelled, result.Reason);
        Assert.Equal(scheduled.Messages.Select(m => (m.Kind, m.Data1)), recording.Messages.Select(m => (m.Kind, m.Data1)));
        Assert.Equal([NoteEventKind.NoteOn, NoteEventKind.NoteOff], recording.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Select(m => m.Kind));
        var on = recording.Messages.First(m => m.Kind == NoteEventKind.NoteOn);
        var off = recording.Messages.First(m => m.Kind == NoteEventKind.NoteOff);
        Assert.True(off.Time >= on.Time, $"note-off at {off.Time}, before its note-on at {on.Time}");
        Assert.Equal(0, Sessions.OpenNotes(scheduled.Messages));
        Assert.Equal(0, Sessions.OpenNotes(recording.Messages));
        Assert.Equal(result.Outputs[0].Sent, result.Outputs[1].Sent);
    }

    [Fact]
    public void Looping_plays_again_from_the_start_shifted_by_the_videos_length_with_notes_stopped_between()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();

        var result = Play(
            [output],
            () => SyntheticFrameSource.AtRate(10, 255, 255, 255, 255),
            new PlaybackOptions { Loop = true },
            stop.Token,
            observer: new StopAfterLoops(2, stop));

        Assert.Equal(PlaybackStopReason.Cancelled, result.Reason);
        Assert.True(result.Loops >= 2, $"{result.Loops} loops");
        Assert.Contains(output.Messages, m => m.Kind == NoteEventKind.ControlChange && m.Time == TimeSpan.FromMilliseconds(400));
        var ons = output.Messages.Where(m => m.Kind == NoteEventKind.NoteOn).Select(m => m.Time).Take(2).ToList();
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(400)], ons);
        var firstOff = output.Messages.First(m => m.Kind == NoteEventKind.NoteOff);
        Assert.Equal(TimeSpan.FromMilliseconds(400), firstOff.Time);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
    }

    [Fact]
    public void A_video_that_fails_mid_run_stops_cleanly_with_its_message()
    {
        var output = new FakeOutput();

        var result = Play([output], () => new SyntheticFrameSource(Enumerable.Range(0, 10).Select(i => (TimeSpan.FromMilliseconds(i * 10), (byte)255)), failAt: 5));

        Assert.Equal(PlaybackStopReason.Failed, result.Reason);
        Assert.Equal("synthetic: frame 5 is damaged", result.Error);
        Assert.Equal(0, Sessions.OpenNotes(output.Messages));
    }

    [Fact]
    public void A_port_that_goes_away_stops_the_run_and_the_others_still_get_their_note_offs()
    {
        var dying = new FakeOutput("dying", failAfter: 1);
        var healthy = new FakeOutput("healthy");
        var levels = Enumerable.Repeat((byte)255, 50).ToArray();

        var result = Play([healthy, dying], () => SyntheticFrameSource.AtRate(100, levels), mapping: Sessions.OneNote());

        Assert.Equal(PlaybackStopReason.Failed, result.Reason);
        Assert.Equal("dying: the port went away", result.Error);
        Assert.Equal(0, Sessions.OpenNotes(healthy.Messages));
    }

    [Fact]
    public void A_new_mapping_stops_the_old_notes_and_plays_from_the_next_frame()
    {
        var output = new FakeOutput();
        var swap = 0;

        Play(
            [output],
            () => SyntheticFrameSource.AtRate(10, 255, 255, 255, 255),
            updates: () => ++swap == 3 ? Sessions.OneNote(note: 72) : null);

        Assert.Equal(
            [(NoteEventKind.NoteOn, 60, 0), (NoteEventKind.NoteOff, 60, 200), (NoteEventKind.NoteOn, 72, 200), (NoteEventKind.NoteOff, 72, 400)],
            output.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Select(m => (m.Kind, (int)m.Data1, (int)m.Time.TotalMilliseconds)));
    }

    [Fact]
    public void The_mappings_instruments_reach_every_output_first_due_with_the_first_frame()
    {
        var a = new FakeOutput("a");
        var b = new FakeOutput("b");

        Play([a, b], () => SyntheticFrameSource.AtRate(10, 255, 0, 255, 0), mapping: Sessions.WithInstruments((1, 14), (10, 25)));

        foreach (var output in new[] { a, b })
        {
            Assert.Equal(
                [(NoteEventKind.ProgramChange, 0, 14, 0), (NoteEventKind.ProgramChange, 9, 25, 0), (NoteEventKind.NoteOn, 0, 60, 0)],
                output.Messages.Take(3).Select(m => (m.Kind, (int)m.Channel, (int)m.Data1, (int)m.Time.TotalMilliseconds)));
            Assert.Equal(2, output.Messages.Count(m => m.Kind == NoteEventKind.ProgramChange));
            Assert.Equal(output.Sent[0].Due, output.Sent[2].Due);
            Assert.Equal(0, Sessions.OpenNotes(output.Messages));
        }
    }

    [Fact]
    public void Each_loop_sends_the_instruments_again_at_its_start()
    {
        var output = new FakeOutput();
        using var stop = new CancellationTokenSource();

        Play(
            [output],
            () => SyntheticFrameSource.AtRate(10, 255, 255, 255, 255),
            new PlaybackOptions { Loop = true },
            stop.Token,
            mapping: Sessions.WithInstruments((1, 8)),
            observer: new StopAfterLoops(2, stop));

        var programs = output.Messages.Where(m => m.Kind == NoteEventKind.ProgramChange).Take(2).ToList();
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(400)], programs.Select(m => m.Time));
        Assert.All(programs, m => Assert.Equal(8, m.Data1));
        var secondPass = output.Messages.SkipWhile(m => m.Time < TimeSpan.FromMilliseconds(400) || m.Kind != NoteEventKind.ProgramChange).ToList();
        Assert.Equal(NoteEventKind.NoteOn, secondPass.First(m => m.Kind != NoteEventKind.ProgramChange).Kind);
    }

    [Fact]
    public void A_reload_that_changes_an_instrument_sends_it_with_the_next_frame_before_its_notes()
    {
        var output = new FakeOutput();
        var swap = 0;

        Play(
            [output],
            () => SyntheticFrameSource.AtRate(10, 255, 255, 0, 255),
            mapping: Sessions.WithInstruments((1, 14)),
            updates: () => ++swap == 3 ? Sessions.WithInstruments((1, 38)) with { Regions = Sessions.OneNote(note: 72).Regions } : null);

        Assert.Equal(
            [
                (NoteEventKind.ProgramChange, 14, 0),
                (NoteEventKind.NoteOn, 60, 0),
                (NoteEventKind.NoteOff, 60, 200),
                (NoteEventKind.ProgramChange, 38, 200),
                (NoteEventKind.NoteOn, 72, 300),
                (NoteEventKind.NoteOff, 72, 400),
            ],
            output.Messages.Where(m => m.Kind != NoteEventKind.ControlChange).Select(m => (m.Kind, (int)m.Data1, (int)m.Time.TotalMilliseconds)));
    }

    [Fact]
    public void Playing_a_frame_allocates_nothing_on_either_thread_once_running()
    {
        var output = new FakeOutput();
        output.Sent.Capacity = 10_000;
        var levels = Enumerable.Range(0, 400).Select(i => (byte)(i % 7 < 3 ? 255 : 0)).ToArray();
        var source = SyntheticFrameSource.AtRate(1000, levels);
        var observer = new AllocationProbe();

        Play([output], () => source, observer: observer);

        Assert.Equal(0, observer.AllocatedBetween(100, 350));
        Assert.Equal(0, source.AllocatedAtRead[350] - source.AllocatedAtRead[100]);
    }

    private sealed class StopAfter(int frames, CancellationTokenSource stop) : IPlaybackObserver
    {
        public void OnFrame(in PlaybackStatus status)
        {
            if (status.Frames >= frames)
            {
                stop.Cancel();
            }
        }
    }

    /// <summary>Stops the run in the first wait after <paramref name="scheduled"/> was handed a note-on, as a Ctrl+C inside its lookahead would.</summary>
    private sealed class StopOnceHanded(FakeOutput scheduled, CancellationTokenSource stop) : IPreciseWaiter
    {
        public bool WaitUntil(long stopwatchTimestamp, CancellationToken cancellationToken)
        {
            if (scheduled.Messages.Any(m => m.Kind == NoteEventKind.NoteOn))
            {
                stop.Cancel();
                return false;
            }

            return !cancellationToken.IsCancellationRequested;
        }
    }

    private sealed class StopAfterLoops(int loops, CancellationTokenSource stop) : IPlaybackObserver
    {
        public void OnFrame(in PlaybackStatus status)
        {
            if (status.Loops >= loops)
            {
                stop.Cancel();
            }
        }
    }

    private sealed class AllocationProbe : IPlaybackObserver
    {
        private readonly long[] _allocated = new long[1000];

        public void OnFrame(in PlaybackStatus status)
        {
            if (status.Frames < _allocated.Length)
            {
                _allocated[status.Frames] = GC.GetAllocatedBytesForCurrentThread();
            }
        }

        public long AllocatedBetween(int from, int to) => _allocated[to] - _allocated[from];
    }
}
