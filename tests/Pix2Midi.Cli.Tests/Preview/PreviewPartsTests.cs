using Pix2Midi.Cli.Preview;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Tests.Preview;

public class PreviewPartsTests
{
    [Theory]
    [InlineData(-1, "None")]
    [InlineData('q', "Quit")]
    [InlineData('Q', "Quit")]
    [InlineData(27, "Quit")]
    [InlineData(' ', "Pause")]
    [InlineData('r', "Reload")]
    [InlineData(0x100000 | 'r', "Reload")]
    [InlineData('x', "None")]
    public void Keys(int code, string key) => Assert.Equal(key, PreviewKeys.Interpret(code).ToString());

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("", "", true)]
    [InlineData(":0", null, false)]
    [InlineData(null, "wayland-0", false)]
    public void Without_display_or_wayland_there_is_no_window(string? display, string? wayland, bool missing)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var why = PreviewDisplay.Missing(name => name == "DISPLAY" ? display : name == "WAYLAND_DISPLAY" ? wayland : null);

        Assert.Equal(missing, why is not null);
    }

    [Fact]
    public void Live_frames_keep_only_the_newest_and_never_block_the_offering_thread()
    {
        var frames = new PreviewFrames(3, newestOnly: true);
        for (byte level = 1; level <= 10; level++)
        {
            Assert.True(frames.Offer(Plane(level), 0, TimeSpan.FromMilliseconds(level)));
        }

        var shown = frames.TakeDue(long.MaxValue, TimeSpan.MaxValue);

        Assert.Equal(10, shown!.Pixels[0]);
        Assert.Equal(9, frames.Dropped);
        Assert.Same(shown, frames.TakeDue(long.MaxValue, TimeSpan.MaxValue));
    }

    [Fact]
    public void Frames_decoded_ahead_wait_until_the_clock_reaches_them_and_a_full_queue_drops_rather_than_waits()
    {
        var frames = new PreviewFrames(4, newestOnly: false);
        for (byte i = 0; i < 6; i++)
        {
            frames.Offer(Plane(i), 0, TimeSpan.FromMilliseconds(100 * i));
        }

        Assert.Equal(2, frames.Dropped);
        Assert.Null(frames.TakeDue(0, TimeSpan.FromMilliseconds(-1)));
        Assert.Equal(0, frames.TakeDue(0, TimeSpan.FromMilliseconds(50))!.Pixels[0]);
        Assert.Equal(2, frames.TakeDue(0, TimeSpan.FromMilliseconds(250))!.Pixels[0]);

        // A later pass (run --loop) makes every frame of the pass before it due.
        Assert.Equal(3, frames.TakeDue(1, TimeSpan.Zero)!.Pixels[0]);
    }

    [Fact]
    public void A_region_is_lit_while_its_note_sounds_and_every_region_goes_dark_on_a_channel_reset()
    {
        var notes = new PreviewNotes();
        var c4 = new MappedRegion("a", NormalizedRect.Full, RegionMeasure.Brightness, 2, 60, 0.5, 0.3, 1, 127);
        var scale = c4 with { Name = "b", Pitch = new PitchRange(Scale.Chromatic, 72, 84) };
        var controller = c4 with { Name = "c", PlaysNotes = false };

        notes.Send(NoteEvent.NoteOn(TimeSpan.Zero, 1, 60, 100), 0);
        notes.Send(NoteEvent.NoteOn(TimeSpan.Zero, 1, 76, 100), 0);

        Assert.True(notes.IsLit(c4));
        Assert.True(notes.IsLit(scale));
        Assert.False(notes.IsLit(controller));
        Assert.False(notes.IsLit(c4 with { Channel = 3 }));

        notes.Send(NoteEvent.NoteOff(TimeSpan.Zero, 1, 60), 0);
        Assert.False(notes.IsLit(c4));

        notes.Send(NoteEvent.ControlChange(TimeSpan.Zero, 1, 123, 0), 0);
        Assert.False(notes.IsLit(scale));
    }

    [Fact]
    public void The_status_line_says_where_the_run_is_and_which_keys_work()
    {
        var live = new PreviewState(live: true, null, canPause: false);
        live.Update(new LiveStatus(TimeSpan.FromSeconds(12.34), 370, 2, 40, 3, 1, TimeSpan.FromMilliseconds(1.25), 30, 0));
        Assert.Equal("LIVE 0:12.3  30 fps  1 sounding  40 notes  1.3 ms  2 dropped  |  q quit  r reload", live.Text());
        live.SetNotice("waiting for the source to come back");
        Assert.Equal("NO PICTURE: waiting for the source to come back  |  q quit  r reload", live.Text());

        var run = new PreviewState(live: false, TimeSpan.FromSeconds(6), canPause: false);
        run.Update(new PlaybackStatus(TimeSpan.FromSeconds(3.2), 96, 0, 9, 3, 1, 0, 0));
        Assert.Equal("0:03.2 / 0:06.0  frame 96  1 sounding  9 notes  0 late  |  q quit  r reload", run.Text());
        Assert.Equal((0L, TimeSpan.FromSeconds(3.2)), run.Clock());

        // The frame ending a pass carries the next pass's start: the clock counts from there.
        run.Update(new PlaybackStatus(TimeSpan.FromSeconds(6), 180, 0, 16, 0, 0, 0, 1));
        run.Update(new PlaybackStatus(TimeSpan.FromSeconds(6.5), 195, 0, 16, 0, 0, 0, 1));
        Assert.Equal((1L, TimeSpan.FromSeconds(0.5)), run.Clock());
    }

    private static LumaPlane Plane(byte level) => new(2, 2, 2, new[] { level, level, level, level });
}
