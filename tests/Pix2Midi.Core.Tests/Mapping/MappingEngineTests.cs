using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

public class MappingEngineTests
{
    private static readonly TimeSpan T0 = TimeSpan.Zero;

    private static MappedRegion Region(int note = 60, int channel = 1, double on = 0.5, double off = 0.3, RegionMeasure measure = RegionMeasure.Brightness) =>
        new($"r{note}", NormalizedRect.Full, measure, channel, note, on, off, 1, 127);

    private static MappingEngine Engine(params MappedRegion[] regions) =>
        new(new Core.Mapping.Mapping("t", string.Empty, "t.json", [.. regions]));

    private static List<NoteEvent> Run(MappingEngine engine, params double[][] frames)
    {
        var events = new List<NoteEvent>();
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];
        for (var f = 0; f < frames.Length; f++)
        {
            var measurements = frames[f].Select(v => new RegionMeasurement((float)v, (float)v)).ToArray();
            var n = engine.Process(TimeSpan.FromSeconds(f), measurements, buffer);
            events.AddRange(buffer[..n]);
        }

        return events;
    }

    [Fact]
    public void Starts_at_the_on_threshold_and_stops_below_the_off_threshold()
    {
        var engine = Engine(Region(on: 0.5, off: 0.3));

        var events = Run(engine, [0.2], [0.5], [0.4], [0.31], [0.29], [0.6]);

        Assert.Equal(
            [(1, NoteEventKind.NoteOn), (4, NoteEventKind.NoteOff), (5, NoteEventKind.NoteOn)],
            events.Select(e => ((int)e.Time.TotalSeconds, e.Kind)));
    }

    [Fact]
    public void A_value_wobbling_between_the_thresholds_does_not_retrigger()
    {
        var engine = Engine(Region(on: 0.5, off: 0.3));

        var events = Run(engine, [0.6], [0.45], [0.55], [0.35], [0.49], [0.51]);

        Assert.Single(events);
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(1.0, 127)]
    [InlineData(0.75, 64)]
    public void Velocity_follows_the_value_between_on_and_full(double value, int velocity)
    {
        var events = Run(Engine(Region(on: 0.5, off: 0.3)), [value]);

        Assert.Equal(velocity, Assert.Single(events).Data2);
    }

    [Fact]
    public void Uses_the_peak_when_the_region_measures_peaks()
    {
        var engine = Engine(Region(measure: RegionMeasure.Peak));
        var buffer = new NoteEvent[2];

        var n = engine.Process(T0, [new RegionMeasurement(Mean: 0.01f, Peak: 0.9f)], buffer);

        Assert.Equal(1, n);
        Assert.Equal(NoteEventKind.NoteOn, buffer[0].Kind);
    }

    [Fact]
    public void Two_regions_on_one_key_make_one_note_that_lasts_while_either_is_lit()
    {
        var engine = Engine(Region(60), Region(60));

        var events = Run(engine, [0.9, 0], [0.9, 0.9], [0, 0.9], [0, 0]);

        Assert.Equal([(0, NoteEventKind.NoteOn), (3, NoteEventKind.NoteOff)], events.Select(e => ((int)e.Time.TotalSeconds, e.Kind)));
    }

    [Fact]
    public void Release_all_stops_every_sounding_note_once()
    {
        var engine = Engine(Region(60), Region(62, channel: 10), Region(64));
        Run(engine, [0.9, 0.9, 0.1]);
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];

        var n = engine.ReleaseAll(TimeSpan.FromSeconds(9), buffer);

        Assert.Equal([(0, 60), (9, 62)], buffer[..n].Select(e => ((int)e.Channel, (int)e.Data1)));
        Assert.All(buffer[..n], e => Assert.Equal(NoteEventKind.NoteOff, e.Kind));
        Assert.Equal(0, engine.SoundingNotes);
        Assert.Equal(0, engine.ReleaseAll(TimeSpan.FromSeconds(10), buffer));
    }

    [Fact]
    public void Every_note_on_gets_its_note_off_for_random_values()
    {
        var random = new Random(5);
        var regions = Enumerable.Range(0, 12).Select(i => Region(60 + (i % 5), 1 + (i % 3), on: 0.3 + (random.NextDouble() * 0.6), off: 0.1)).ToArray();
        var engine = Engine(regions);
        var frames = Enumerable.Range(0, 500).Select(_ => regions.Select(_ => random.NextDouble()).ToArray()).ToArray();
        var events = Run(engine, frames);
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];
        events.AddRange(buffer[..engine.ReleaseAll(TimeSpan.FromSeconds(600), buffer)]);

        var sounding = new HashSet<(int, int)>();
        foreach (var e in events)
        {
            var key = (e.Channel, e.Data1);
            if (e.Kind == NoteEventKind.NoteOn)
            {
                Assert.True(sounding.Add(key), $"{key} started twice");
                Assert.InRange(e.Data2, 1, 127);
            }
            else
            {
                Assert.True(sounding.Remove(key), $"{key} stopped while silent");
            }
        }

        Assert.Empty(sounding);
    }

    [Fact]
    public void Processing_a_frame_allocates_nothing()
    {
        var engine = Engine(Enumerable.Range(0, 64).Select(i => Region(40 + i)).ToArray());
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];
        var lit = Enumerable.Repeat(new RegionMeasurement(0.9f, 0.9f), 64).ToArray();
        var dark = new RegionMeasurement[64];
        engine.Process(T0, lit, buffer);
        engine.Process(T0, dark, buffer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            engine.Process(TimeSpan.FromTicks(i), (i % 2 == 0) ? lit : dark, buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
