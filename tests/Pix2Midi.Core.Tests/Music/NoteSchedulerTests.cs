using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;
using Pix2Midi.Core.Rendering;
using static Pix2Midi.Core.Tests.Music.Quantised;

namespace Pix2Midi.Core.Tests.Music;

public class NoteSchedulerTests
{
    [Fact]
    public void Without_a_grid_events_keep_their_frame_times_exactly_as_before()
    {
        var mapping = TwoHalves(MusicalTime.Default);
        var plain = Play(new FrameProcessor(mapping, Width, Height), Pattern("10:4", "00:3", "11:5", "00:2"));
        Assert.Equal(
            [(NoteEventKind.NoteOn, 60, 0), (NoteEventKind.NoteOff, 60, 4), (NoteEventKind.NoteOn, 60, 7), (NoteEventKind.NoteOn, 64, 7), (NoteEventKind.NoteOff, 60, 12), (NoteEventKind.NoteOff, 64, 12)],
            plain.Select(e => (e.Kind, (int)e.Data1, (int)Math.Round(e.Time.TotalSeconds * 30))));
    }

    [Fact]
    public void Note_ons_move_to_the_next_sixteenth_and_note_offs_keep_at_least_a_step()
    {
        // 100 BPM: a sixteenth is 150 ms, 4.5 frames at 30 fps.
        var time = At(100, "1/16");
        var events = Play(new FrameProcessor(TwoHalves(time), Width, Height), Pattern("00:2", "10:1", "00:10", "01:12", "00:4"));
        var step = TimeSpan.FromMilliseconds(150);

        // Left lit on frame 2 (66.7 ms) for one frame: on at 150 ms, off one step later (not at frame 3).
        // Right lit on frame 13 (433 ms) for 12 frames: on at 450 ms, off at the line at or after frame 25 (833 ms): 900 ms.
        Assert.Equal(
            [(NoteEventKind.NoteOn, 60, step), (NoteEventKind.NoteOff, 60, step * 2), (NoteEventKind.NoteOn, 64, step * 3), (NoteEventKind.NoteOff, 64, step * 6)],
            events.Select(e => (e.Kind, (int)e.Data1, e.Time)));
    }

    [Fact]
    public void Released_events_are_in_time_order_with_controllers_at_their_frames()
    {
        var time = At(90, "1/8");
        var mapping = TwoHalves(time, right: "\"cc\": { \"controller\": 74 }, \"note\": 64");
        var events = Play(new FrameProcessor(mapping, Width, Height), Pattern("10:3", "11:7", "01:9", "00:5", "10:2", "00:6"));
        for (var i = 1; i < events.Count; i++)
        {
            Assert.True(events[i].Time >= events[i - 1].Time, $"event {i} at {events[i].Time} comes after one at {events[i - 1].Time}");
        }

        Assert.All(events.Where(e => e.Kind == NoteEventKind.NoteOn), e => Assert.True(OnLine(time, e.Time), $"note-on at {e.Time} is not on the grid"));
        Assert.Contains(events, e => e.Kind == NoteEventKind.ControlChange && !OnLine(time, e.Time));
    }

    [Fact]
    public void Retriggers_while_a_key_sounds_on_the_schedule_join_one_note_instead_of_doubling_it()
    {
        // 1/4 at 60 BPM: a step is a second; the left half flickers every other frame. The first
        // note holds 0–1 s; the second trigger (frame 2) starts on the next line, 1 s, where the
        // first ends; the third (frame 4) falls while that one sounds and joins it.
        var time = At(60, "1/4");
        var events = Play(new FrameProcessor(TwoHalves(time), Width, Height), Pattern("10:1", "00:1", "10:1", "00:1", "10:1", "00:30"));
        Assert.Equal(
            [(NoteEventKind.NoteOn, 60, TimeSpan.Zero), (NoteEventKind.NoteOff, 60, TimeSpan.FromSeconds(1)), (NoteEventKind.NoteOn, 60, TimeSpan.FromSeconds(1)), (NoteEventKind.NoteOff, 60, TimeSpan.FromSeconds(2))],
            events.Select(e => (e.Kind, (int)e.Data1, e.Time)));
    }

    [Fact]
    public void A_stop_drops_what_was_held_and_ends_every_note_already_given_out()
    {
        var time = At(60, "1/4");
        var processor = new FrameProcessor(TwoHalves(time), Width, Height);
        var given = new List<NoteEvent>();
        given.AddRange(processor.Process(Picture(true, false, 0)).ToArray());
        given.AddRange(processor.Process(Picture(true, true, 1)).ToArray());
        Assert.Equal([(NoteEventKind.NoteOn, 60)], given.Select(e => (e.Kind, (int)e.Data1)));

        var offs = processor.ReleaseAll(FrameTime(2)).ToArray();

        // The right half's note-on (due at 1 s) was never given out, so it gets no note-off.
        Assert.Equal([(NoteEventKind.NoteOff, 60, FrameTime(2))], offs.Select(e => (e.Kind, (int)e.Data1, e.Time)));
        Assert.Empty(processor.Finish(FrameTime(3)).ToArray());
    }

    [Fact]
    public void Swing_moves_every_second_line_later_by_its_share_of_a_step()
    {
        var time = At(120, "1/8", 0.5);
        var grid = time.Quantize!;

        // An eighth at 120 BPM is 250 ms; swing 0.5 moves the off-beats 125 ms later.
        Assert.Equal(TimeSpan.FromMilliseconds(0), time.LineTime(grid, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(375), time.LineTime(grid, 1));
        Assert.Equal(TimeSpan.FromMilliseconds(500), time.LineTime(grid, 2));
        Assert.Equal(TimeSpan.FromMilliseconds(375), time.NextLine(TimeSpan.FromMilliseconds(251)));
        Assert.Equal(TimeSpan.FromMilliseconds(500), time.NextLine(TimeSpan.FromMilliseconds(376)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 600)]
    [InlineData(600, 600)]
    [InlineData(601, 1200)]
    public void The_next_beat_is_the_first_quarter_note_at_or_after_a_time(int milliseconds, int beat)
    {
        // 100 BPM: a beat every 600 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(beat), At(100, "1/16").NextBeat(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [Fact]
    public void Triplet_grids_fall_on_whole_ticks_and_refuse_swing()
    {
        var time = At(100, "1/8t");
        Assert.Equal(TimeSpan.FromMilliseconds(200), time.LineTime(time.Quantize!, 1));
        Assert.Throws<ArgumentException>(() => At(100, "1/16t", 0.2));
    }
}
