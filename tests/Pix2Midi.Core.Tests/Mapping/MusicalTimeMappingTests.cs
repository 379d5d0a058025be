using System.Globalization;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>The mapping fields of musical time and harmony: <c>tempo</c>, <c>quantize</c>, <c>swing</c>, <c>chord</c>, <c>arpeggio</c>.</summary>
public class MusicalTimeMappingTests
{
    private const string Rect = "\"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1";

    private const string AllowedChord = "a chord name, \"major\", \"minor\", \"sus2\", \"sus4\", \"7\", \"maj7\", \"m7\", \"dim\", \"aug\", \"power\", \"triad\" or \"seventh\" (from the scale), or the semitones above the note such as [0, 4, 7], each 0–36, at most 8 notes";

    private const string AllowedQuantize = "\"off\" (each note at its frame's time), a grid, \"1/4\", \"1/8\", \"1/16\", \"1/32\", or the triplets \"1/8t\", \"1/16t\"";

    private const string AllowedRate = "a grid, \"1/4\", \"1/8\", \"1/16\", \"1/32\", or the triplets \"1/8t\", \"1/16t\" (one note per line of it)";

    private const string AllowedIntervals = "a list of semitones above the note such as [0, 4, 7], each 0–36, at most 8 notes";

    private const string NoGrid = "an arpeggio plays its notes on a grid, and the mapping's \"quantize\" is \"off\"; set a top-level \"quantize\" such as \"1/16\" (the arpeggio's \"rate\" may differ from it), or remove \"arpeggio\"";

    private static MappedRegion Region(string fields, string top = "\"quantize\": \"1/16\"") =>
        Assert.Single(Maps.Parse($$"""{ {{top}}, "regions": [ { {{Rect}}, {{fields}} } ] }""").Regions);

    private static IReadOnlyList<MappingProblem> Problems(string json) => Assert.Throws<MappingException>(() => Maps.Parse(json)).Problems;

    [Fact]
    public void A_mapping_without_tempo_or_quantize_is_120_bpm_and_frame_exact()
    {
        var mapping = Maps.Parse($$"""{ "regions": [ { {{Rect}}, "note": 60 } ] }""");

        Assert.Equal(MusicalTime.Default, mapping.Time);
        Assert.False(mapping.Time.Quantizes);
        Assert.Null(Assert.Single(mapping.Regions).Chord);
        Assert.Null(mapping.Regions[0].Arpeggio);
    }

    [Theory]
    [InlineData("\"tempo\": 100", 100.0, null, 0.0)]
    [InlineData("\"tempo\": 20, \"quantize\": \"off\"", 20.0, null, 0.0)]
    [InlineData("\"tempo\": 400, \"quantize\": \"1/32\"", 400.0, "1/32", 0.0)]
    [InlineData("\"quantize\": \"1/16\"", 120.0, "1/16", 0.0)]
    [InlineData("\"quantize\": \"1/8T\"", 120.0, "1/8t", 0.0)]
    [InlineData("\"tempo\": 92.5, \"quantize\": \" 1/16t \"", 92.5, "1/16t", 0.0)]
    [InlineData("\"quantize\": \"OFF\", \"swing\": 0", 120.0, null, 0.0)]
    [InlineData("\"tempo\": 90, \"quantize\": \"1/8\", \"swing\": 0.33", 90.0, "1/8", 0.33)]
    [InlineData("\"quantize\": \"1/4\", \"swing\": 0.75", 120.0, "1/4", 0.75)]
    [InlineData("\"quantize\": \"1/16t\", \"swing\": 0", 120.0, "1/16t", 0.0)]
    public void Tempo_quantize_and_swing_become_the_mappings_time(string top, double bpm, string? grid, double swing)
    {
        var mapping = Maps.Parse($$"""{ {{top}}, "regions": [ { {{Rect}}, "note": 60 } ] }""");

        Assert.Equal(new MusicalTime(bpm, GridDivision.Find(grid), swing), mapping.Time);
        Assert.Equal(grid, mapping.Time.Quantize?.Name);
        Assert.Equal(swing, mapping.Time.Swing);
    }

    public static TheoryData<string> ChordNames => [.. ChordShape.Names];

    [Theory]
    [MemberData(nameof(ChordNames))]
    public void Every_chord_name_is_read_in_any_case(string name)
    {
        // A chord from the scale needs one.
        var scale = ChordShape.Find(name)!.ScaleSteps > 0 ? "\"scale\": \"A minor\", " : string.Empty;
        Assert.Equal(ChordShape.Find(name), Region($"\"note\": 60, {scale}\"chord\": \"{name}\"").Chord);
        Assert.Equal(ChordShape.Find(name), Region($"\"note\": 60, {scale}\"chord\": \" {name.ToUpperInvariant()} \"").Chord);
    }

    [Theory]
    [InlineData("triad")]
    [InlineData("seventh")]
    public void A_chord_from_the_scale_on_a_region_without_a_scale_is_refused_in_one_line(string name)
    {
        var e = Assert.Throws<MappingException>(() => Maps.Parse($$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": "{{name}}" } ] }"""));
        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.regions[0].chord", problem.Path);
        Assert.Contains($"\"{name}\" builds its notes from the region's scale, and it has none", problem.Message, StringComparison.Ordinal);
        Assert.Contains("set \"scale\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[0, 4, 7]", new[] { 0, 4, 7 })]
    [InlineData("[7, 4]", new[] { 0, 4, 7 })]
    [InlineData("[0, 12, 24, 36]", new[] { 0, 12, 24, 36 })]
    [InlineData("[0, 0, 5]", new[] { 0, 5 })]
    [InlineData("[0, 1, 2, 3, 4, 5, 6, 7]", new[] { 0, 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData("{ \"intervals\": [0, 7, 12] }", new[] { 0, 7, 12 })]
    [InlineData("{ \"intervals\": [3] }", new[] { 0, 3 })]
    public void A_chord_of_explicit_intervals_is_a_list_or_an_object_of_them(string json, int[] intervals)
    {
        var chord = Region($"\"note\": 60, \"chord\": {json}").Chord!;

        Assert.Equal(ChordShape.FromIntervals(intervals), chord);
        Assert.Equal(intervals, chord.Intervals);
        Assert.Equal("intervals", chord.Name);
    }

    [Fact]
    public void Chords_inherit_from_defaults_through_grids_and_a_region_may_set_its_own()
    {
        var mapping = Maps.Parse($$"""
            {
              "defaults": { "chord": "triad", "scale": "A minor" },
              "grids": [ { "name": "g", "rows": 1, "columns": 2, "firstNote": "A3" }, { "name": "h", "rows": 1, "columns": 1, "notes": [60], "chord": "power" } ],
              "regions": [ { "name": "r", {{Rect}}, "note": 60, "chord": [0, 5] } ]
            }
            """);

        Assert.Equal(["intervals", "triad", "triad", "power"], mapping.Regions.Select(r => r.Chord!.Name));
        var minor = mapping.Regions[1].Scale;
        Assert.Equal("A minor", minor.Name);
        Span<int> notes = stackalloc int[8];
        Assert.Equal([57, 60, 64], notes[..mapping.Regions[1].Chord!.NotesOn(mapping.Regions[1].Note, minor, notes)].ToArray());
        Assert.Equal([59, 62, 65], notes[..mapping.Regions[2].Chord!.NotesOn(mapping.Regions[2].Note, minor, notes)].ToArray());
    }

    [Fact]
    public void Every_region_carries_its_resolved_scale_chord_or_not()
    {
        var mapping = Maps.Parse($$"""
            {
              "defaults": { "scale": "D dorian" },
              "grids": [ { "name": "g", "rows": 1, "columns": 1, "firstNote": "D3", "scale": "E" } ],
              "regions": [ { "name": "plain", {{Rect}}, "note": 60 }, { "name": "key", {{Rect}}, "note": 60, "scale": "F# major pentatonic", "chord": "seventh" }, { "name": "cc", {{Rect}}, "cc": { "controller": 1 } } ]
            }
            """);

        Assert.Equal(["D dorian", "F# major pentatonic", "D dorian", "E dorian"], mapping.Regions.Select(r => r.Scale.Name));
        Assert.Equal(Scale.Chromatic, Region("\"note\": 60").Scale);
    }

    [Fact]
    public void A_controller_only_region_drops_a_chord_and_arpeggio_it_inherits()
    {
        var mapping = Maps.Parse($$"""
            { "quantize": "1/8", "defaults": { "chord": "major", "arpeggio": { "pattern": "down" } },
              "regions": [ { "name": "n", {{Rect}}, "note": 60 }, { "name": "cc", {{Rect}}, "cc": { "controller": 74 } } ],
              "grids": [ { "name": "strips", "rows": 1, "columns": 2, "cc": { "controller": 20 } } ] }
            """);

        Assert.Equal(ChordShape.Find("major"), mapping.Regions[0].Chord);
        Assert.NotNull(mapping.Regions[0].Arpeggio);
        Assert.All(mapping.Regions.Skip(1), r => Assert.Equal((false, null, null), (r.PlaysNotes, r.Chord, r.Arpeggio)));
    }

    [Fact]
    public void An_arpeggio_defaults_to_up_on_the_quantize_grid_one_octave_half_a_step()
    {
        var region = Region("\"note\": 60, \"chord\": \"minor\", \"arpeggio\": {}", "\"quantize\": \"1/8t\"");

        Assert.Equal(new Arpeggio(ArpeggioPattern.Up, GridDivision.Find("1/8t")!, 1, 0.5), region.Arpeggio);
    }

    [Theory]
    [InlineData("\"pattern\": \"down\", \"rate\": \"1/32\", \"octaves\": 4, \"gate\": 1", ArpeggioPattern.Down, "1/32", 4, 1.0)]
    [InlineData("\"pattern\": \"UpDown\", \"octaves\": 2", ArpeggioPattern.UpDown, "1/16", 2, 0.5)]
    [InlineData("\"pattern\": \"random\", \"rate\": \"1/4\", \"gate\": 0.1", ArpeggioPattern.Random, "1/4", 1, 0.1)]
    [InlineData("\"rate\": \"1/16t\"", ArpeggioPattern.Up, "1/16t", 1, 0.5)]
    public void An_arpeggio_takes_its_pattern_rate_octaves_and_gate(string fields, ArpeggioPattern pattern, string rate, int octaves, double gate)
    {
        var region = Region($"\"note\": 60, \"chord\": \"m7\", \"arpeggio\": {{ {fields} }}");

        Assert.Equal(new Arpeggio(pattern, GridDivision.Find(rate)!, octaves, gate), region.Arpeggio);
    }

    [Fact]
    public void An_arpeggio_merges_field_by_field_with_the_one_it_inherits()
    {
        var mapping = Maps.Parse($$"""
            { "quantize": "1/16", "defaults": { "chord": "major", "arpeggio": { "pattern": "down", "octaves": 3 } },
              "grids": [ { "name": "g", "rows": 1, "columns": 1, "notes": [60], "arpeggio": { "rate": "1/8", "octaves": 1 } } ],
              "regions": [ { "name": "r", {{Rect}}, "note": 60, "arpeggio": { "gate": 0.9 } } ] }
            """);

        Assert.Equal(new Arpeggio(ArpeggioPattern.Down, GridDivision.Find("1/16")!, 3, 0.9), mapping.Regions[0].Arpeggio);
        Assert.Equal(new Arpeggio(ArpeggioPattern.Down, GridDivision.Find("1/8")!, 1, 0.5), mapping.Regions[1].Arpeggio);
    }

    [Theory]
    [InlineData("\"note\": 60", "C4")]
    [InlineData("\"note\": 60, \"chord\": \"major\"", "C4 major")]
    [InlineData("\"note\": 60, \"chord\": [0, 7, 12]", "C4 [0, 7, 12]")]
    [InlineData("\"note\": \"A3\", \"scale\": \"A minor\", \"chord\": \"triad\"", "A3 A minor, triad")]
    [InlineData("\"pitch\": \"value\", \"lowest\": \"A2\", \"highest\": \"A5\", \"scale\": \"A minor pentatonic\"", "A2–A5")]
    [InlineData("\"pitch\": \"value\", \"lowest\": \"A2\", \"highest\": \"A5\", \"scale\": \"A minor pentatonic\", \"chord\": \"triad\"", "A2–A5 A minor pentatonic, triad")]
    [InlineData("\"note\": 60, \"chord\": \"m7\", \"arpeggio\": { \"pattern\": \"updown\" }", "C4 m7, arpeggio updown 1/16")]
    [InlineData("\"note\": 60, \"chord\": \"power\", \"cc\": { \"controller\": 1 }", "C4 power + CC 1")]
    [InlineData("\"cc\": { \"controller\": 74 }", "CC 74")]
    public void The_label_names_the_chord_and_is_unchanged_without_one(string fields, string label) =>
        Assert.Equal(label, Region(fields).Label);

    [Fact]
    public void The_example_in_the_docs_is_valid_quantised_with_swing_chords_and_an_arpeggio()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "mapping.md"));
        var section = docs.IndexOf("## Musical time", StringComparison.Ordinal);
        var start = docs.IndexOf("```jsonc\n", section, StringComparison.Ordinal) + "```jsonc\n".Length;
        var end = docs.IndexOf("```", start, StringComparison.Ordinal);

        var mapping = MappingLoader.Parse("mapping.md", System.Text.Encoding.UTF8.GetBytes(docs[start..end]));

        Assert.Equal(new MusicalTime(100, GridDivision.Find("1/16"), 0.2), mapping.Time);
        Assert.Equal(20, mapping.Regions.Length);
        Assert.All(mapping.Regions, r => Assert.NotNull(r.Chord));
        Assert.Equal("sparkle", Assert.Single(mapping.Regions, r => r.Arpeggio is not null).Name);
    }

    [Fact]
    public void The_bundled_beat_mapping_quantises_plays_triads_of_its_key_and_one_arpeggio()
    {
        var mapping = MappingLoader.Load(RepoPaths.Mapping("fireworks-beat.json"));

        Assert.Equal(new MusicalTime(100, GridDivision.Find("1/16"), 0), mapping.Time);
        var sky = mapping.Regions.Where(r => r.Name.StartsWith("sky[", StringComparison.Ordinal)).ToList();
        Assert.Equal(18, sky.Count);
        Span<int> notes = stackalloc int[8];
        foreach (var cell in sky)
        {
            Assert.Equal("triad", cell.Chord!.Name);
            var count = cell.Chord.NotesOn(cell.Note, cell.Scale, notes);
            Assert.Equal(3, count);
            foreach (var note in notes[..count])
            {
                Assert.True(cell.Scale.Contains(note), $"{cell.Name}: {note} is not in {cell.Scale}");
            }
        }

        Assert.NotNull(Assert.Single(mapping.Regions, r => r.Arpeggio is not null).Chord);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { $$"""{ "tempo": 10, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.tempo", "10 is out of range; allowed: a number of beats (quarter notes) a minute, 20–400" },
        { $$"""{ "tempo": 400.5, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.tempo", "400.5 is out of range; allowed: a number of beats (quarter notes) a minute, 20–400" },
        { $$"""{ "tempo": "fast", "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.tempo", "found the text \"fast\"; allowed: a number of beats (quarter notes) a minute, 20–400" },
        { $$"""{ "quantize": "1/12", "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.quantize", $"\"1/12\" is not a grid; did you mean \"1/16\"? allowed: {AllowedQuantize}" },
        { $$"""{ "quantize": "of", "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.quantize", $"\"of\" is not a grid; did you mean \"off\"? allowed: {AllowedQuantize}" },
        { $$"""{ "quantize": "sixteenths", "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.quantize", $"\"sixteenths\" is not a grid; allowed: {AllowedQuantize}" },
        { $$"""{ "quantize": 16, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.quantize", $"found the number 16; allowed: {AllowedQuantize}" },
        { $$"""{ "quantize": "1/8", "swing": 0.8, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.swing", "0.8 is out of range; allowed: a number from 0 to 0.75 (the share of a step every second grid line moves later)" },
        { $$"""{ "quantize": "1/8t", "swing": 0.3, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.swing", "swing moves every second line of an even grid, and \"1/8t\" is a triplet grid (already a swung feel); use \"1/8\" with swing, or remove \"swing\"" },
        { $$"""{ "swing": 0.2, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.swing", "swing moves every second line of the \"quantize\" grid, and \"quantize\" is \"off\"; set \"quantize\" to an even grid such as \"1/16\", or remove \"swing\"" },
        { $$"""{ "quantize": "off", "swing": 0.2, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.swing", "swing moves every second line of the \"quantize\" grid, and \"quantize\" is \"off\"; set \"quantize\" to an even grid such as \"1/16\", or remove \"swing\"" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": "majr" } ] }""", "$.regions[0].chord", $"\"majr\" is not a chord; did you mean \"major\"? allowed: {AllowedChord}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": "min" } ] }""", "$.regions[0].chord", $"\"min\" is not a chord; did you mean \"minor\"? allowed: {AllowedChord}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": "diminished seventh" } ] }""", "$.regions[0].chord", $"\"diminished seventh\" is not a chord; allowed: {AllowedChord}" },
        { $$"""{ "defaults": { "chord": "triads" }, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.defaults.chord", $"\"triads\" is not a chord; did you mean \"triad\"? allowed: {AllowedChord}" },
        { $$"""{ "grids": [ { "rows": 1, "columns": 1, "notes": [60], "chord": "sus" } ] }""", "$.grids[0].chord", $"\"sus\" is not a chord; did you mean \"sus2\"? allowed: {AllowedChord}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": 7 } ] }""", "$.regions[0].chord", $"found the number 7; allowed: {AllowedChord}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": [] } ] }""", "$.regions[0].chord", $"an empty list; allowed: {AllowedIntervals}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": [0, 1, 2, 3, 4, 5, 6, 7, 8] } ] }""", "$.regions[0].chord", "a chord of 9 notes; allowed: at most 8 (with the note itself, 0)" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": { "intervals": 7 } } ] }""", "$.regions[0].chord.intervals", $"found the number 7; allowed: {AllowedIntervals}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": {} } ] }""", "$.regions[0].chord", $"\"intervals\" is missing; allowed: {AllowedIntervals}" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "arpeggio": { "rate": "1/16" } } ] }""", "$.regions[0].arpeggio", $"an arpeggio plays the notes of a chord one at a time, and there is no \"chord\"; add one here or in \"defaults\" ({AllowedChord}), or remove \"arpeggio\"" },
        { $$"""{ "quantize": "1/16", "defaults": { "arpeggio": {} }, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.regions[0]", $"an inherited arpeggio (from \"defaults\") plays the notes of a chord one at a time, and there is no \"chord\"; add one here or in \"defaults\" ({AllowedChord}), or remove \"arpeggio\"" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "rate": "1/16" } } ] }""", "$.regions[0].arpeggio", NoGrid },
        { $$"""{ "quantize": "off", "defaults": { "chord": "major", "arpeggio": {} }, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.defaults.arpeggio", NoGrid },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "pattern": "upp" } } ] }""", "$.regions[0].arpeggio.pattern", "\"upp\" is not an arpeggio pattern; did you mean \"up\"? allowed: \"up\", \"down\", \"updown\" or \"random\"" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "pattern": "up-down" } } ] }""", "$.regions[0].arpeggio.pattern", "\"up-down\" is not an arpeggio pattern; did you mean \"updown\"? allowed: \"up\", \"down\", \"updown\" or \"random\"" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "rate": "1/64" } } ] }""", "$.regions[0].arpeggio.rate", $"\"1/64\" is not a grid; did you mean \"1/4\"? allowed: {AllowedRate}" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "rate": "off" } } ] }""", "$.regions[0].arpeggio.rate", $"\"off\" is not a grid; allowed: {AllowedRate}" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "octaves": 5 } } ] }""", "$.regions[0].arpeggio.octaves", "5 is out of range; allowed: a whole number 1–4 (the octaves the chord is stacked over)" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "octaves": 0 } } ] }""", "$.regions[0].arpeggio.octaves", "0 is out of range; allowed: a whole number 1–4 (the octaves the chord is stacked over)" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "gate": 0.05 } } ] }""", "$.regions[0].arpeggio.gate", "0.05 is out of range; allowed: a number from 0.1 to 1 (how much of a step each note sounds)" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "gate": 1.5 } } ] }""", "$.regions[0].arpeggio.gate", "1.5 is out of range; allowed: a number from 0.1 to 1 (how much of a step each note sounds)" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "octaves": "two" } } ] }""", "$.regions[0].arpeggio.octaves", "found the text \"two\"; allowed: a whole number 1–4 (the octaves the chord is stacked over)" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": "up" } ] }""", "$.regions[0].arpeggio", "found the text \"up\"; allowed: an object such as { \"pattern\": \"up\", \"rate\": \"1/16\", \"octaves\": 2, \"gate\": 0.5 }" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "rat": "1/8" } } ] }""", "$.regions[0].arpeggio.rat", "unknown property \"rat\"; did you mean \"rate\"?" },
        { $$"""{ "quantize": "1/16", "regions": [ { {{Rect}}, "note": 60, "chord": "major", "arpeggio": { "speed": "1/8" } } ] }""", "$.regions[0].arpeggio.speed", "unknown property \"speed\"; known here: pattern, rate, octaves, gate" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "chrod": "major" } ] }""", "$.regions[0].chrod", "unknown property \"chrod\"; did you mean \"chord\"?" },
        { $$"""{ "tempi": 100, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.tempi", "unknown property \"tempi\"; did you mean \"tempo\"?" },
        { $$"""{ "quantise": "1/16", "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.quantise", "unknown property \"quantise\"; did you mean \"quantize\"?" },
        { $$"""{ "regions": [ { {{Rect}}, "cc": { "controller": 1 }, "chord": "major" } ] }""", "$.regions[0].chord", "this plays no notes, only a controller, so it has no note to play a chord on; give it a \"note\" (or a \"pitch\" along the scale), or remove \"chord\"" },
        { $$"""{ "grids": [ { "rows": 1, "columns": 2, "cc": { "controller": 1 }, "chord": "power" } ] }""", "$.grids[0].chord", "this plays no notes, only a controller, so it has no note to play a chord on; give it a \"note\" (or a \"pitch\" along the scale), or remove \"chord\"" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Each_bad_tempo_grid_chord_or_arpeggio_is_one_located_line_saying_what_is_allowed(string json, string path, string message)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal(path, problem.Path);
        Assert.Equal(message, problem.Message);
        Assert.Equal(1, problem.Line);
        Assert.Equal($"test.json:1:{problem.Column}: {path}: {message}", problem.ToString());
        Assert.Equal(ExpectedColumn(json, path), problem.Column);
    }

    [Fact]
    public void A_wrong_interval_is_located_at_its_item_and_an_unknown_chord_field_at_its_name()
    {
        var problems = Problems($$"""{ "regions": [ { {{Rect}}, "note": 60, "chord": [0, 4, 37] }, { {{Rect}}, "note": 60, "chord": { "intervals": [0, "7"], "extra": 1 } } ] }""");

        Assert.Equal(
            [
                ("$.regions[0].chord[2]", "the number 37 is not an interval; allowed: a whole number 0–36 (semitones above the note)"),
                ("$.regions[1].chord.intervals[1]", "the text \"7\" is not an interval; allowed: a whole number 0–36 (semitones above the note)"),
                ("$.regions[1].chord.extra", "unknown property \"extra\"; known here: intervals"),
            ],
            problems.Select(p => (p.Path, p.Message)));
        Assert.All(problems, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public void Problems_in_a_file_are_at_their_lines()
    {
        var json = """
            {
              "quantize": "1/12",
              "regions": [
                { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60,
                  "chord": "majr" }
              ]
            }
            """;

        var problems = Problems(json);

        Assert.Equal(["test.json:2:15: $.quantize", "test.json:5:16: $.regions[0].chord"], problems.Select(p => p.ToString()[..p.ToString().IndexOf(": \"", StringComparison.Ordinal)]));
    }

    /// <summary>Where the problem belongs: an unknown property at its name, a whole object at its brace, a value at the value.</summary>
    private static int ExpectedColumn(string json, string path)
    {
        var last = path[(path.LastIndexOf('.') + 1)..];
        if (last.EndsWith(']'))
        {
            return json.IndexOf("{ \"x\"", StringComparison.Ordinal) + 1;
        }

        var parent = path[..path.LastIndexOf('.')];
        var from = parent.EndsWith(".arpeggio", StringComparison.Ordinal) ? json.IndexOf("\"arpeggio\"", StringComparison.Ordinal)
            : parent.EndsWith(".chord", StringComparison.Ordinal) ? json.IndexOf("\"chord\"", StringComparison.Ordinal)
            : 0;
        var name = json.IndexOf($"\"{last}\":", from, StringComparison.Ordinal);
        var unknown = last is "rat" or "speed" or "chrod" or "tempi" or "quantise";
        return unknown ? name + 1 : json.IndexOf(':', name) + 3;
    }

    [Fact]
    public void The_describe_of_the_time_names_tempo_grid_and_swing() =>
        Assert.Equal("100 BPM, quantised to 1/16, swing 0.3", Maps.Parse(string.Create(CultureInfo.InvariantCulture, $$"""{ "tempo": 100, "quantize": "1/16", "swing": 0.3, "regions": [ { {{Rect}}, "note": 60 } ] }""")).Time.ToString());
}
