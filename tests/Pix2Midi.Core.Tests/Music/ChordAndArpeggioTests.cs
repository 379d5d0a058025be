using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Music;
using Pix2Midi.Core.Rendering;
using static Pix2Midi.Core.Tests.Music.Quantised;

namespace Pix2Midi.Core.Tests.Music;

public class ChordAndArpeggioTests
{
    private static Core.Mapping.Mapping WithLeft(Core.Mapping.Mapping mapping, Func<MappedRegion, MappedRegion> change) =>
        mapping with { Regions = [change(mapping.Regions[0]), mapping.Regions[1]] };

    private static Scale CMajor => Scale.TryParse("C major", null, Scale.Chromatic, out var s) is null ? s! : throw new InvalidOperationException();

    [Fact]
    public void A_chord_sounds_and_stops_together()
    {
        var mapping = WithLeft(TwoHalves(MusicalTime.Default), r => r with { Chord = ChordShape.Find("m7") });
        var events = Play(new FrameProcessor(mapping, Width, Height), Pattern("10:3", "00:2"));
        Assert.Equal([60, 63, 67, 70], events.Where(e => e.Kind == NoteEventKind.NoteOn).Select(e => (int)e.Data1));
        Assert.All(events.Where(e => e.Kind == NoteEventKind.NoteOn), e => Assert.Equal(TimeSpan.Zero, e.Time));
        Assert.Equal([60, 63, 67, 70], events.Where(e => e.Kind == NoteEventKind.NoteOff).Select(e => (int)e.Data1));
        Assert.All(events.Where(e => e.Kind == NoteEventKind.NoteOff), e => Assert.Equal(FrameTime(3), e.Time));
    }

    [Fact]
    public void A_diatonic_triad_is_built_from_the_region_scale_on_its_note()
    {
        var mapping = WithLeft(TwoHalves(MusicalTime.Default, left: "\"note\": 62"), r => r with { Chord = ChordShape.Find("triad"), Scale = CMajor });
        var events = Play(new FrameProcessor(mapping, Width, Height), Pattern("10:2", "00:1"));

        // D minor in C major: D F A.
        Assert.Equal([62, 65, 69], events.Where(e => e.Kind == NoteEventKind.NoteOn).Select(e => (int)e.Data1));
    }

    [Fact]
    public void Polyphony_counts_every_note_of_a_chord_and_admits_it_whole_or_not_at_all()
    {
        var mapping = WithLeft(TwoHalves(MusicalTime.Default, limits: "\"limits\": { \"polyphony\": 3 },"), r => r with { Chord = ChordShape.Find("major") });

        // The right half's single note sounds first; the left's triad would make four keys: refused.
        var events = Play(new FrameProcessor(mapping, Width, Height), Pattern("01:2", "11:3", "00:1"));
        Assert.Equal([64], events.Where(e => e.Kind == NoteEventKind.NoteOn).Select(e => (int)e.Data1));
    }

    [Fact]
    public void An_arpeggio_plays_its_chord_one_note_per_step_in_pattern_order_for_its_gate()
    {
        // 100 BPM, sixteenths of 150 ms; the left half is lit from frame 2 (66.7 ms) to frame 29 (966.7 ms).
        var time = At(100, "1/16");
        var arpeggio = new Arpeggio(ArpeggioPattern.UpDown, GridDivision.Find("1/16")!, 2, 0.5);
        var mapping = WithLeft(TwoHalves(time), r => r with { Chord = ChordShape.Find("major"), Arpeggio = arpeggio });
        var events = Play(new FrameProcessor(mapping, Width, Height), Pattern("00:2", "10:27", "00:10"));
        var ons = events.Where(e => e.Kind == NoteEventKind.NoteOn).ToList();
        var offs = events.Where(e => e.Kind == NoteEventKind.NoteOff).ToList();

        // Steps on the lines from 150 ms while lit: 150, 300, …, 900 ms (six), up and down over two octaves.
        Assert.Equal([60, 64, 67, 72, 76, 79], ons.Select(e => (int)e.Data1));
        Assert.Equal(Enumerable.Range(1, 6).Select(k => TimeSpan.FromMilliseconds(150 * k)), ons.Select(e => e.Time));
        Assert.Equal(ons.Select(e => e.Time + TimeSpan.FromMilliseconds(75)), offs.Select(e => e.Time));
        Assert.Equal(ons.Select(e => e.Data1), offs.Select(e => e.Data1));
    }

    [Fact]
    public void A_random_arpeggio_plays_the_same_notes_every_time()
    {
        var time = At(120, "1/32");
        var arpeggio = new Arpeggio(ArpeggioPattern.Random, GridDivision.Find("1/32")!, 3, 1);
        var mapping = WithLeft(TwoHalves(time), r => r with { Chord = ChordShape.Find("7"), Arpeggio = arpeggio });
        var frames = Pattern("10:60", "00:3");
        var first = Play(new FrameProcessor(mapping, Width, Height), frames);
        var second = Play(new FrameProcessor(mapping, Width, Height), frames);
        Assert.Equal(first, second);
        Assert.True(first.Where(e => e.Kind == NoteEventKind.NoteOn).Select(e => e.Data1).Distinct().Count() > 4, "random steps should range over the stacked chord");
    }

    [Theory]
    [InlineData(ArpeggioPattern.Up, new[] { 0, 1, 2, 3, 0, 1 })]
    [InlineData(ArpeggioPattern.Down, new[] { 3, 2, 1, 0, 3, 2 })]
    [InlineData(ArpeggioPattern.UpDown, new[] { 0, 1, 2, 3, 2, 1, 0, 1 })]
    public void Patterns_walk_the_notes_in_their_order(ArpeggioPattern pattern, int[] expected)
    {
        var arpeggio = new Arpeggio(pattern, GridDivision.Quarter, 1, 0.5);
        Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(step => arpeggio.IndexAt(step, 4, 7)));
    }

    [Fact]
    public void Processing_a_quantised_arpeggio_allocates_nothing_per_frame()
    {
        var time = At(120, "1/32");
        var arpeggio = new Arpeggio(ArpeggioPattern.Random, GridDivision.Find("1/32")!, 4, 0.7);
        var mapping = WithLeft(TwoHalves(time), r => r with { Chord = ChordShape.Find("maj7"), Arpeggio = arpeggio });
        var processor = new FrameProcessor(mapping, Width, Height);
        var lit = Pixels(true, true);
        var dark = Pixels(false, false);
        var frame = 0;
        void Step(int i)
        {
            _ = processor.Process(new VideoFrame(new LumaPlane(Width, Height, Width, frame / 20 % 2 == 0 ? lit : dark), FrameTime(frame), frame));
            frame++;
        }

        SteadyAllocation.Least(Step, 400, 1);
        Assert.Equal(0, SteadyAllocation.Least(Step, 2000));
    }
}
