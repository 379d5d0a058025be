using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>The <c>instruments</c> object: what it reads as, and the program changes the engine sends for it.</summary>
public class InstrumentsTests
{
    private const string OneRegion = """ "regions": [ { "name": "r", "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "on": 0.5, "off": 0.3 } ] """;

    private static Core.Mapping.Mapping WithInstruments(string instruments, string regions = OneRegion) =>
        Maps.Parse($$"""{ "instruments": {{instruments}}, {{regions}} }""");

    private static string Shown(Core.Mapping.Mapping mapping) =>
        string.Join(" ", mapping.Instruments.Select(i => $"{i.Channel}:{i.Program}"));

    [Theory]
    [InlineData("""{ "1": "Tubular Bells", "2": "Synth Bass 1", "10": "Standard Kit" }""", "1:14 2:38 10:0")]
    [InlineData("""{ "10": "TR-808 Kit", "2": "electric bass finger", "1": "tubular bells" }""", "1:14 2:33 10:25")]
    [InlineData("""{ "3": 1, "16": 128, "10": 26 }""", "3:0 10:25 16:127")]
    [InlineData("""{ "10": "brush", "11": "Pad 2 (warm)", "12": "PAD 2 WARM" }""", "10:40 11:89 12:89")]
    [InlineData("""{ "5": "Celesta", "6": "Music Box" }""", "5:8 6:10")]
    [InlineData("""{ "10": 1 }""", "10:0")]
    [InlineData("""{ }""", "")]
    public void Reads_names_numbers_and_kits_by_channel_in_channel_order(string instruments, string expected) =>
        Assert.Equal(expected, Shown(WithInstruments(instruments)));

    [Fact]
    public void A_mapping_without_instruments_has_none()
    {
        var mapping = Maps.Parse($$"""{ {{OneRegion}} }""");

        Assert.Empty(mapping.Instruments);
        Assert.Equal(2, new MappingEngine(mapping).MaxEventsPerFrame);
    }

    [Fact]
    public void An_instrument_knows_its_name_and_General_MIDI_number()
    {
        var mapping = WithInstruments("""{ "1": "tubular bells", "10": 26 }""");

        Assert.Equal(["channel 1: Tubular Bells (15)", "channel 10: TR-808 Kit (26)"], mapping.Instruments.Select(i => i.ToString()));
    }

    [Fact]
    public void A_channel_given_twice_is_reported_at_its_key()
    {
        var problems = Assert.Throws<MappingException>(() => Maps.Parse($$"""
            { "instruments": { "1": "Violin", "1": "Cello" }, {{OneRegion}} }
            """)).Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("$.instruments.1", problem.Path);
        Assert.Equal(20, problem.Column);
        Assert.Contains("given twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_the_file_comes_at_once_with_those_of_instruments()
    {
        var problems = Assert.Throws<MappingException>(() => Maps.Parse("""
            {
              "instruments": { "1": "Vilin", "10": "Cello" },
              "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": "H2" } ]
            }
            """)).Problems;

        Assert.Equal(
            [(2, "$.instruments.1"), (2, "$.instruments.10"), (3, "$.regions[0].note")],
            problems.Select(p => (p.Line, p.Path)));
        Assert.Contains("did you mean \"Violin\"?", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"Standard Kit\"?", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_sends_each_program_change_first_on_the_first_frame_and_only_then()
    {
        var engine = new MappingEngine(WithInstruments("""{ "2": "Synth Bass 1", "1": "Tubular Bells", "10": "Standard Kit" }"""));

        var events = Maps.Run(engine, [[0.9], [0.1], [0.9], [0.1]]);

        Assert.Equal(
            [
                NoteEvent.ProgramChange(Maps.At(0), 0, 14),
                NoteEvent.ProgramChange(Maps.At(0), 1, 38),
                NoteEvent.ProgramChange(Maps.At(0), 9, 0),
                NoteEvent.NoteOn(Maps.At(0), 0, 60, 110),
                NoteEvent.NoteOff(Maps.At(1), 0, 60),
                NoteEvent.NoteOn(Maps.At(2), 0, 60, 110),
                NoteEvent.NoteOff(Maps.At(3), 0, 60),
            ],
            events);
    }

    [Fact]
    public void The_program_changes_go_out_even_when_the_first_frame_plays_nothing()
    {
        var engine = new MappingEngine(WithInstruments("""{ "1": "Celesta" }"""));

        var events = Maps.Run(engine, [[0.1], [0.1], [0.9]], release: false);

        Assert.Equal([(0, NoteEventKind.ProgramChange), (2, NoteEventKind.NoteOn)], events.Select(e => ((int)Math.Round(e.Time / Maps.Frame), e.Kind)));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 3)]
    [InlineData(3, 5)]
    [InlineData(16, 18)]
    public void Room_for_a_frame_counts_one_program_change_per_instrument(int instruments, int maxEvents)
    {
        var chosen = string.Join(", ", Enumerable.Range(1, instruments).Select(c => $"\"{c}\": {c}"));

        var engine = new MappingEngine(WithInstruments("{ " + chosen + " }"));

        Assert.Equal(maxEvents, engine.MaxEventsPerFrame);
        var buffer = new NoteEvent[engine.MaxEventsPerFrame];
        Assert.Equal(maxEvents - 1, engine.Process(TimeSpan.Zero, [new RegionMeasurement(0.9f, 0.9f, 0.9f)], buffer));
    }

    [Fact]
    public void A_reload_sends_the_added_and_changed_instruments_with_the_next_frame_and_not_the_unchanged()
    {
        var engine = new MappingEngine(WithInstruments("""{ "1": "Tubular Bells", "2": "Synth Bass 1", "3": "Violin" }"""));
        var first = Maps.Run(engine, [[0.9]], release: false);
        Assert.Equal(3, first.Count(e => e.Kind == NoteEventKind.ProgramChange));
        var buffer = new NoteEvent[16];

        var released = engine.Replace(WithInstruments("""{ "1": "Tubular Bells", "2": "Acoustic Bass", "4": "Cello" }"""), Maps.At(1), buffer);
        var next = Maps.Run(engine, [[0.9], [0.9]], release: false, first: 1);

        Assert.Equal(0, released);
        Assert.Equal(
            [NoteEvent.ProgramChange(Maps.At(1), 1, 32), NoteEvent.ProgramChange(Maps.At(1), 3, 42)],
            next);
    }

    [Fact]
    public void A_reload_before_the_first_frame_sends_the_new_instruments_once()
    {
        var engine = new MappingEngine(WithInstruments("""{ "1": "Tubular Bells", "2": "Synth Bass 1" }"""));

        engine.Replace(WithInstruments("""{ "1": "Tubular Bells", "3": "Cello" }"""), TimeSpan.Zero, new NoteEvent[4]);
        var events = Maps.Run(engine, [[0.1], [0.1]]);

        Assert.Equal([NoteEvent.ProgramChange(TimeSpan.Zero, 0, 14), NoteEvent.ProgramChange(TimeSpan.Zero, 2, 42)], events);
    }

    [Fact]
    public void A_reload_that_drops_the_instruments_sends_nothing_and_the_notes_play_on()
    {
        var engine = new MappingEngine(WithInstruments("""{ "1": "Tubular Bells" }"""));
        _ = Maps.Run(engine, [[0.9]], release: false);

        var released = engine.Replace(Maps.Parse($$"""{ {{OneRegion}} }"""), Maps.At(1), new NoteEvent[4]);
        var events = Maps.Run(engine, [[0.9], [0.1]], release: false, first: 1);

        Assert.Equal(0, released);
        Assert.Equal([NoteEvent.NoteOff(Maps.At(2), 0, 60)], events);
    }

    [Fact]
    public void Sending_the_program_changes_allocates_nothing()
    {
        var mapping = WithInstruments("""{ "1": "Tubular Bells", "2": "Synth Bass 1", "10": "Standard Kit" }""");
        RegionMeasurement[] lit = [new(0.9f, 0.9f, 0.9f)];
        var buffer = new NoteEvent[16];
        var warm = new MappingEngine(mapping);
        _ = warm.Process(TimeSpan.Zero, lit, buffer);
        var engine = new MappingEngine(mapping);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = engine.Process(TimeSpan.Zero, lit, buffer);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(4, count);
        Assert.Equal(0, allocated);
    }
}
