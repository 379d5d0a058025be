using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

public class EngineFeatureTests
{
    private static MappingEngine Engine(string regionJson, string extra = "") =>
        new(Maps.Parse($$"""{ {{extra}} "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, {{regionJson}} } ] }"""));

    private static double[][] Values(params double[] values) => [.. values.Select(v => new[] { v })];

    [Fact]
    public void A_note_lasts_at_least_its_minimum_length_in_video_time()
    {
        var engine = Engine("\"note\": 60, \"on\": 0.5, \"off\": 0.3, \"minLength\": 200");

        var events = Maps.Run(engine, Values(0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1));

        // 200 ms is 5 frames at 25 fps: on at frame 0, off at frame 5, the first frame at least 200 ms later.
        Assert.Equal([(0, NoteEventKind.NoteOn), (5, NoteEventKind.NoteOff)], events.Select(e => ((int)Math.Round(e.Time / Maps.Frame), e.Kind)));
    }

    [Fact]
    public void A_region_waits_out_its_cooldown_after_a_note_stops()
    {
        var engine = Engine("\"note\": 60, \"on\": 0.5, \"off\": 0.3, \"cooldown\": 100");

        var events = Maps.Run(engine, Values(0.9, 0.1, 0.9, 0.9, 0.9, 0.9, 0.1));

        // Off at frame 1 (40 ms); the lit frames 2 and 3 (80, 120 ms) wait, and the note restarts at frame 4 (160 ms).
        Assert.Equal([0, 1, 4, 6], events.Select(e => (int)Math.Round(e.Time / Maps.Frame)));
    }

    [Fact]
    public void Darkness_plays_when_the_region_goes_dark()
    {
        var engine = Engine("\"note\": 60, \"measure\": \"darkness\", \"on\": 0.8, \"off\": 0.5");

        var events = Maps.Run(engine, Values(0.9, 0.1, 0.1, 0.9));

        Assert.Equal([(1, NoteEventKind.NoteOn), (3, NoteEventKind.NoteOff)], events.Select(e => ((int)Math.Round(e.Time / Maps.Frame), e.Kind)));
    }

    [Theory]
    [InlineData(0.5, 57)]
    [InlineData(0.55, 57)]
    [InlineData(0.61, 60)]
    [InlineData(0.99, 69)]
    [InlineData(1.0, 69)]
    public void Pitch_from_the_value_walks_the_scale_from_lowest_at_on_to_highest_at_full(double value, int note)
    {
        // A minor pentatonic from A3 (57) to A4 (69): A3 C4 D4 E4 G4 A4, six notes over 0.5..1.
        var engine = Engine("\"pitch\": \"value\", \"scale\": \"A minor pentatonic\", \"lowest\": \"A3\", \"highest\": \"A4\", \"on\": 0.5, \"off\": 0.3");

        var on = Maps.Run(engine, Values(value)).Ons().Single();

        Assert.Equal(note, on.Data1);
    }

    [Fact]
    public void A_controller_follows_the_value_and_is_sent_only_when_it_changes()
    {
        var engine = Engine("\"cc\": { \"controller\": 74, \"min\": 0, \"max\": 127 }");

        var events = Maps.Run(engine, Values(0, 0, 0.5, 0.5, 1, 1.0001));

        Assert.All(events, e => Assert.Equal(NoteEventKind.ControlChange, e.Kind));
        Assert.Equal([(0, 0), (2, 64), (4, 127)], events.Select(e => ((int)Math.Round(e.Time / Maps.Frame), (int)e.Data2)));
        Assert.All(events, e => Assert.Equal(74, e.Data1));
    }

    [Fact]
    public void Smoothing_makes_a_controller_glide_towards_a_jump()
    {
        var engine = Engine("\"cc\": { \"controller\": 1, \"smoothing\": 100 }");

        var values = Maps.Run(engine, Values(0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).Select(e => (int)e.Data2).ToList();

        Assert.Equal(0, values[0]);
        Assert.InRange(values[1], 30, 55); // 1 − e^(−40/100) ≈ 0.33
        Assert.True(values.Zip(values.Skip(1)).All(p => p.First < p.Second), "rises steadily");
        Assert.InRange(values[^1], 120, 127);
    }

    [Fact]
    public void An_inverted_controller_range_falls_as_the_value_rises()
    {
        var engine = Engine("\"cc\": { \"controller\": 7, \"min\": 100, \"max\": 20, \"low\": 0.1, \"high\": 0.9 }");

        var events = Maps.Run(engine, Values(0, 0.5, 1));

        Assert.Equal([100, 60, 20], events.Select(e => (int)e.Data2));
    }

    [Theory]
    [InlineData("linear", 0.5, 64)]
    [InlineData("exponential", 0.5, 24)]
    [InlineData("logarithmic", 0.5, 104)]
    [InlineData("gamma", 0.5, 33)]
    [InlineData("gamma", 1.0, 127)]
    [InlineData("exponential", 0.0, 1)]
    public void Velocity_follows_its_curve(string curve, double position, int velocity)
    {
        var engine = Engine($$"""
            "note": 60, "on": 0.2, "off": 0.1, "velocity": { "min": 1, "max": 127, "curve": "{{curve}}" }
            """);

        var on = Maps.Run(engine, Values(0.2 + (0.8 * position))).Ons().Single();

        Assert.Equal(velocity, on.Data2);
    }

    [Fact]
    public void Polyphony_refuses_notes_beyond_the_limit()
    {
        var mapping = Maps.Parse("""
            { "limits": { "polyphony": 2 }, "grids": [ { "rows": 1, "columns": 4, "notes": [60, 62, 64, 65], "on": 0.5, "off": 0.3 } ] }
            """);

        var events = Maps.Run(new MappingEngine(mapping), [[0.9, 0.9, 0.9, 0.9], [0.9, 0.9, 0.9, 0.9], [0.1, 0.9, 0.9, 0.9], [0.9, 0.9, 0.9, 0.9]]);

        // Two notes start; the other two cells stay silent while lit (no retry every frame), and
        // the first cell, dark and lit again, finds a free voice.
        Assert.Equal([60, 62, 60], events.Ons().Select(e => (int)e.Data1));
    }

    [Fact]
    public void Notes_per_second_caps_how_many_notes_start_in_any_second()
    {
        var engine = Engine("\"note\": 60, \"on\": 0.5, \"off\": 0.3", "\"limits\": { \"notesPerSecond\": 3 },");
        var frames = Enumerable.Range(0, 75).Select(f => new[] { f % 2 == 0 ? 0.9 : 0.1 }).ToArray();

        var ons = Maps.Run(engine, frames).Ons().Select(e => e.Time).ToList();

        Assert.Equal(9, ons.Count); // three a second for three seconds
        for (var i = 3; i < ons.Count; i++)
        {
            Assert.True(ons[i] - ons[i - 3] >= TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void Thinning_leaves_out_about_its_share_and_the_same_seed_leaves_out_the_same_notes()
    {
        const string Region = "\"note\": 60, \"on\": 0.5, \"off\": 0.3";
        var frames = Enumerable.Range(0, 2000).Select(f => new[] { f % 2 == 0 ? 0.9 : 0.1 }).ToArray();

        var all = Maps.Run(Engine(Region), frames).Ons().Count();
        var first = Maps.Run(Engine(Region, "\"limits\": { \"thinning\": 0.25, \"seed\": 7 },"), frames);
        var again = Maps.Run(Engine(Region, "\"limits\": { \"thinning\": 0.25, \"seed\": 7 },"), frames);
        var other = Maps.Run(Engine(Region, "\"limits\": { \"thinning\": 0.25, \"seed\": 8 },"), frames);

        Assert.Equal(1000, all);
        Assert.InRange(first.Ons().Count(), 700, 800);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Motion_is_read_from_the_motion_measurement()
    {
        var engine = Engine("\"note\": 60, \"measure\": \"motion\", \"on\": 0.1, \"off\": 0.05");
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];

        var n = engine.Process(TimeSpan.Zero, [new Core.Analysis.RegionMeasurement(Mean: 0.9f, Peak: 0.9f, Motion: 0.2f)], buffer);

        Assert.Equal(1, n);
    }

    [Fact]
    public void A_region_may_play_a_note_and_a_controller_together()
    {
        var engine = Engine("\"note\": 60, \"on\": 0.5, \"off\": 0.3, \"cc\": { \"controller\": 11 }");

        var events = Maps.Run(engine, Values(0.2, 0.9), release: false);

        Assert.Equal([NoteEventKind.ControlChange, NoteEventKind.ControlChange, NoteEventKind.NoteOn], events.Select(e => e.Kind));
        Assert.Equal(3, engine.MaxEventsPerFrame);
    }
}
