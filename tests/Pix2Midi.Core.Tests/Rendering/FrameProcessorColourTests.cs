using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;
using Pix2Midi.Core.Tests.Analysis;

namespace Pix2Midi.Core.Tests.Rendering;

public class FrameProcessorColourTests
{
    private const int Width = 64;
    private const int Height = 32;

    private static readonly NormalizedRect Whole = new(0, 0, 1, 1);

    private static readonly Scale CMajor = MajorScale();

    private static Scale MajorScale()
    {
        Assert.Null(Scale.TryParse("C major", null, Scale.Chromatic, out var scale));
        return scale!;
    }

    /// <summary>A whole-frame region keyed on a colour whose pitch follows x across C4–C5 in C major.</summary>
    private static MappedRegion Burst(string name, string colour, int channel) =>
        new(name, Whole, RegionMeasure.Coverage, channel, 60, 0.02, 0.01, 100, 100)
        {
            Colour = ColourKey.Parse(colour),
            Pitch = new PitchRange(CMajor, 60, 72),
            PitchFrom = RegionMeasure.X,
        };

    private static Core.Mapping.Mapping Mapping(params MappedRegion[] regions) => new("colours", string.Empty, "t.json", [.. regions]);

    private static List<NoteEvent> Play(FrameProcessor processor, params ColourFrame[] frames)
    {
        var events = new List<NoteEvent>();
        var buffer = new NoteEvent[processor.MaxEventsPerFrame];
        for (var i = 0; i < frames.Length; i++)
        {
            var count = processor.Process(new VideoFrame(frames[i].Luma, frames[i].Chroma, TimeSpan.FromMilliseconds(40 * i), i), buffer);
            events.AddRange(buffer.AsSpan(0, count).ToArray());
        }

        return events;
    }

    [Fact]
    public void A_red_burst_and_a_green_burst_play_on_their_own_channels()
    {
        var mapping = Mapping(Burst("red", "red", 1), Burst("green", "green", 2));
        Assert.True(mapping.NeedsColour);
        var processor = new FrameProcessor(mapping, Width, Height);
        var dark = new ColourFrame(Width, Height);
        var red = new ColourFrame(Width, Height).Fill(0, 0, 8, 8, 1, 0, 0);
        var green = new ColourFrame(Width, Height).Fill(0, 0, 8, 8, 0, 1, 0);
        var white = new ColourFrame(Width, Height).Fill(0, 0, 8, 8, 1, 1, 1);

        var ons = Play(processor, dark, red, dark, green, dark, white, dark).Where(e => e.Kind == NoteEventKind.NoteOn).ToList();

        Assert.Equal([(0, 1), (1, 3)], ons.Select(e => ((int)e.Channel, (int)Math.Round(e.Time.TotalMilliseconds / 40))));
    }

    [Fact]
    public void A_burst_on_the_left_plays_lower_than_one_on_the_right()
    {
        var processor = new FrameProcessor(Mapping(Burst("red", "red", 1)), Width, Height);
        var dark = new ColourFrame(Width, Height);
        var left = new ColourFrame(Width, Height).Fill(0, 8, 8, 8, 1, 0, 0);
        var right = new ColourFrame(Width, Height).Fill(56, 8, 8, 8, 1, 0, 0);

        var notes = Play(processor, dark, left, dark, right, dark).Where(e => e.Kind == NoteEventKind.NoteOn).Select(e => (int)e.Data1).ToList();

        Assert.Equal(2, notes.Count);
        Assert.Equal(60, notes[0]);
        Assert.Equal(72, notes[1]);
    }

    [Fact]
    public void A_mapping_without_colour_needs_none_and_measures_as_before()
    {
        var region = new MappedRegion("glow", Whole, RegionMeasure.Brightness, 1, 60, 0.5, 0.3, 100, 100);
        var mapping = Mapping(region);
        Assert.False(mapping.NeedsColour);
        Assert.Equal(FramePlanes.Luma, mapping.Planes);
        var processor = new FrameProcessor(mapping, Width, Height);
        var frame = new ColourFrame(Width, Height).Fill(0, 0, 64, 32, 1, 1, 1);
        Play(processor, frame);
        Assert.Equal(frame.Y[0] / 255.0, processor.Measurement(0).Mean, 3);
        Assert.Equal(0, processor.Measurement(0).Coverage);
    }

    [Fact]
    public void Pan_follows_where_the_colour_is()
    {
        var pan = new MappedRegion("pan", Whole, RegionMeasure.Coverage, 1, 0, 0.05, 0.02, 100, 100)
        {
            Colour = ColourKey.Parse("blue"),
            PlaysNotes = false,
            Control = new ControlOutput(10, 0, 127, 0, 1, TimeSpan.Zero) { From = RegionMeasure.X },
        };
        var processor = new FrameProcessor(Mapping(pan), Width, Height);
        var left = new ColourFrame(Width, Height).Fill(0, 0, 8, 8, 0, 0, 1);
        var right = new ColourFrame(Width, Height).Fill(56, 0, 8, 8, 0, 0, 1);

        var values = Play(processor, left, right).Where(e => e.Kind == NoteEventKind.ControlChange).Select(e => (int)e.Data2).ToList();

        Assert.Equal(2, values.Count);
        Assert.InRange(values[0], 0, 10);
        Assert.InRange(values[1], 117, 127);
    }

    [Fact]
    public void Regions_that_read_colour_and_regions_that_do_not_are_measured_side_by_side()
    {
        var glow = new MappedRegion("glow", Whole, RegionMeasure.Brightness, 1, 60, 0.5, 0.3, 100, 100);
        var red = Burst("red", "red", 2);
        var processor = new FrameProcessor(Mapping(glow, red, glow with { Name = "glow2", Measure = RegionMeasure.Peak }), Width, Height);
        var frame = new ColourFrame(Width, Height).Fill(0, 0, 32, 32, 1, 0, 0);
        Play(processor, frame);
        Assert.Equal(0.5, processor.Measurement(1).Coverage, 3);
        // The colour region counts only red's pixels; the others see the whole frame.
        Assert.Equal(YuvColour.FromRgb(1, 0, 0).Y * 0.5 / 255, processor.Measurement(1).Mean, 3);
        Assert.Equal(((YuvColour.FromRgb(1, 0, 0).Y + YuvColour.FromRgb(0, 0, 0).Y) * 0.5) / 255, processor.Measurement(0).Mean, 3);
        Assert.Equal(YuvColour.FromRgb(1, 0, 0).Y / 255.0, processor.Measurement(2).Peak, 3);
    }

    [Fact]
    public void A_reloaded_mapping_takes_a_new_reference_picture()
    {
        var watch = new MappedRegion("watch", Whole, RegionMeasure.Change, 1, 60, 0.05, 0.02, 100, 100);
        var mapping = Mapping(watch);
        var processor = new FrameProcessor(mapping, Width, Height);
        var dark = new ColourFrame(Width, Height);
        var lamp = new ColourFrame(Width, Height).Fill(0, 0, 32, 32, 1, 1, 1);

        var ons = Play(processor, dark, lamp, lamp);
        Assert.Single(ons, e => e.Kind == NoteEventKind.NoteOn);
        Assert.True(processor.Measurement(0).Change > 0.3);

        // The r key (or an edited file) hands the player the mapping again: the lamp is now part of the picture.
        var buffer = new NoteEvent[processor.MaxEventsPerFrame];
        processor.Replace(MappingLoaderless(mapping), TimeSpan.FromSeconds(1), buffer);
        Play(processor, lamp);
        Assert.Equal(0, processor.Measurement(0).Change);

        // And TakeReference does the same without a reload.
        Play(processor, dark);
        Assert.True(processor.Measurement(0).Change > 0.3);
        processor.TakeReference();
        Play(processor, dark);
        Assert.Equal(0, processor.Measurement(0).Change);
    }

    private static Core.Mapping.Mapping MappingLoaderless(Core.Mapping.Mapping mapping) => mapping with { Name = mapping.Name + " again" };
}
