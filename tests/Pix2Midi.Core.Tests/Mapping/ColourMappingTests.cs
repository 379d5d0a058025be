using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

/// <summary>The mapping fields for colour and position: <c>colour</c>, <c>tolerance</c>, the colour measures, <c>pitch</c> from hue, x or y, and a controller's <c>from</c>.</summary>
public class ColourMappingTests
{
    private const string Rect = "\"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1";

    private const string AllowedColour = "a colour name, red, orange, yellow, green, cyan, blue, purple, magenta, pink or white, or \"#rrggbb\" such as \"#ff8800\"";

    private static readonly string AllowedMeasure = "\"brightness\" (mean of the region), \"peak\" (its brightest pixel), \"darkness\" (1 − brightness), \"motion\" (change since the previous frame), \"change\" (difference from the picture when the run started), \"coverage\" (share of its pixels in its colour), \"hue\", \"saturation\", \"red\", \"green\" or \"blue\"";

    private static MappedRegion Region(string fields) => Assert.Single(Maps.Parse($$"""{ "regions": [ { {{Rect}}, {{fields}} } ] }""").Regions);

    private static IReadOnlyList<MappingProblem> Problems(string json) => Assert.Throws<MappingException>(() => Maps.Parse(json)).Problems;

    [Theory]
    [InlineData("red", "red", 0.0)]
    [InlineData(" Green ", "green", 1 / 3.0)]
    [InlineData("blue", "blue", 2 / 3.0)]
    [InlineData("#FF8800", "#ff8800", 32 / 360.0)]
    [InlineData("#00ffff", "#00ffff", 0.5)]
    public void A_region_looks_at_a_named_or_hex_colour_with_the_default_tolerance(string colour, string name, double hue)
    {
        var region = Region($"\"note\": 60, \"colour\": \"{colour}\"");

        var key = Assert.IsType<ColourKey>(region.Colour);
        Assert.Equal(name, key.Name);
        Assert.Equal(hue, key.Hue, 3);
        Assert.False(key.IsWhite);
        Assert.Equal(ColourKey.DefaultTolerance, key.Tolerance);
    }

    [Fact]
    public void A_region_without_a_colour_looks_at_every_pixel()
    {
        Assert.Null(Region("\"note\": 60").Colour);
    }

    [Fact]
    public void White_takes_a_tolerance_that_lowers_how_bright_a_pixel_must_be()
    {
        var key = Assert.IsType<ColourKey>(Region("\"note\": 60, \"colour\": \"white\", \"tolerance\": 0.2").Colour);

        Assert.True(key.IsWhite);
        Assert.Equal(0.2, key.Tolerance);
        Assert.Equal(0.6, key.MinValue, 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    public void A_tolerance_from_0_to_half_the_wheel_is_kept(double tolerance)
    {
        var key = Region(FormattableString.Invariant($"\"note\": 60, \"colour\": \"purple\", \"tolerance\": {tolerance}")).Colour;

        Assert.Equal(tolerance, key!.Tolerance);
    }

    [Fact]
    public void Defaults_give_every_region_and_grid_cell_their_colour_and_tolerance()
    {
        var mapping = Maps.Parse($$"""
            {
              "defaults": { "colour": "red", "tolerance": 0.1 },
              "regions": [
                { "name": "same", {{Rect}}, "note": 60 },
                { "name": "other", {{Rect}}, "note": 61, "colour": "green" },
                { "name": "wider", {{Rect}}, "note": 62, "tolerance": 0.3 }
              ],
              "grids": [ { "name": "g", "rows": 2, "columns": 2, "firstNote": "C3", "colour": "#0000ff" } ]
            }
            """);

        var byName = mapping.Regions.ToDictionary(r => r.Name);
        Assert.Equal(("red", 0.1), (byName["same"].Colour!.Name, byName["same"].Colour!.Tolerance));
        Assert.Equal(("green", 0.1), (byName["other"].Colour!.Name, byName["other"].Colour!.Tolerance));
        Assert.Equal(("red", 0.3), (byName["wider"].Colour!.Name, byName["wider"].Colour!.Tolerance));
        var cells = mapping.Regions.Where(r => r.Name.StartsWith("g[", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, cells.Count);
        Assert.All(cells, c => Assert.Equal(("#0000ff", 2 / 3.0, 0.1), (c.Colour!.Name, c.Colour.Hue, c.Colour.Tolerance)));
    }

    [Fact]
    public void A_tolerance_in_defaults_alone_is_every_colour_region_s()
    {
        var mapping = Maps.Parse($$"""
            {
              "defaults": { "tolerance": 0.12 },
              "regions": [
                { "name": "red", {{Rect}}, "note": 60, "colour": "red" },
                { "name": "plain", {{Rect}}, "note": 61 }
              ]
            }
            """);

        Assert.Equal(("red", 0.12), (mapping.Regions[0].Colour!.Name, mapping.Regions[0].Colour!.Tolerance));
        Assert.Null(mapping.Regions[1].Colour);
    }

    [Fact]
    public void A_grid_colour_reaches_all_its_cells_and_no_other_region()
    {
        var mapping = Maps.Parse($$"""
            { "regions": [ { "name": "plain", {{Rect}}, "note": 60 } ], "grids": [ { "name": "g", "rows": 1, "columns": 3, "notes": [60, 62, 64], "colour": "yellow", "tolerance": 0.05 } ] }
            """);

        Assert.Null(mapping.Regions[0].Colour);
        Assert.All(mapping.Regions[1..], c => Assert.Equal(("yellow", 0.05), (c.Colour!.Name, c.Colour.Tolerance)));
    }

    [Theory]
    [InlineData("brightness", RegionMeasure.Brightness)]
    [InlineData("peak", RegionMeasure.Peak)]
    [InlineData("darkness", RegionMeasure.Darkness)]
    [InlineData("motion", RegionMeasure.Motion)]
    [InlineData("change", RegionMeasure.Change)]
    [InlineData("coverage", RegionMeasure.Coverage)]
    [InlineData("hue", RegionMeasure.Hue)]
    [InlineData("saturation", RegionMeasure.Saturation)]
    [InlineData("red", RegionMeasure.Red)]
    [InlineData("green", RegionMeasure.Green)]
    [InlineData("Blue", RegionMeasure.Blue)]
    public void Reads_every_measure(string name, RegionMeasure measure)
    {
        Assert.Equal(measure, Region($"\"note\": 60, \"colour\": \"cyan\", \"measure\": \"{name}\"").Measure);
    }

    [Fact]
    public void Coverage_without_a_colour_is_allowed_the_share_of_coloured_pixels()
    {
        var region = Region("\"note\": 60, \"measure\": \"coverage\"");

        Assert.Equal(RegionMeasure.Coverage, region.Measure);
        Assert.Null(region.Colour);
    }

    [Theory]
    [InlineData("hue", RegionMeasure.Hue)]
    [InlineData("x", RegionMeasure.X)]
    [InlineData("Y", RegionMeasure.Y)]
    public void A_pitch_from_hue_or_position_runs_along_the_scale_like_value(string pitch, RegionMeasure from)
    {
        var region = Region($"\"pitch\": \"{pitch}\", \"colour\": \"red\", \"scale\": \"A minor pentatonic\", \"lowest\": \"A2\", \"highest\": \"A4\"");

        Assert.Equal(from, region.PitchFrom);
        Assert.Equal(new PitchRange(region.Pitch!.Scale, 45, 69), region.Pitch);
        Assert.Equal(45, region.Note);
        Assert.True(region.PlaysNotes);
    }

    [Fact]
    public void A_pitch_from_value_or_fixed_keeps_no_reading()
    {
        Assert.Null(Region("\"pitch\": \"value\"").PitchFrom);
        Assert.NotNull(Region("\"pitch\": \"value\"").Pitch);
        Assert.Null(Region("\"pitch\": \"fixed\", \"note\": 60").PitchFrom);
        Assert.Null(Region("\"pitch\": \"fixed\", \"note\": 60").Pitch);
    }

    [Theory]
    [InlineData("\"measure\": \"brightness\"")]
    [InlineData("\"measure\": \"peak\"")]
    [InlineData("\"measure\": \"coverage\"")]
    [InlineData("\"measure\": \"darkness\", \"colour\": \"red\"")]
    [InlineData("\"measure\": \"motion\", \"colour\": \"white\"")]
    [InlineData("\"measure\": \"change\", \"colour\": \"#ff8800\"")]
    public void A_pitch_from_position_is_allowed_wherever_there_is_a_centre_to_follow(string fields)
    {
        Assert.Equal(RegionMeasure.X, Region($"\"pitch\": \"x\", {fields}").PitchFrom);
        Assert.Equal(RegionMeasure.Y, Region($"\"pitch\": \"y\", {fields}").PitchFrom);
    }

    [Fact]
    public void Every_cell_of_a_grid_takes_its_pitch_from_its_own_centre()
    {
        var mapping = Maps.Parse("""{ "grids": [ { "rows": 2, "columns": 2, "pitch": "x", "colour": "green", "lowest": "C3", "highest": "C5" } ] }""");

        Assert.Equal(4, mapping.Regions.Length);
        Assert.All(mapping.Regions, c => Assert.Equal((RegionMeasure.X, 48, 72), (c.PitchFrom!.Value, c.Pitch!.Lowest, c.Pitch.Highest)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("value", null)]
    [InlineData("x", RegionMeasure.X)]
    [InlineData("y", RegionMeasure.Y)]
    [InlineData("peak", RegionMeasure.Peak)]
    [InlineData("darkness", RegionMeasure.Darkness)]
    [InlineData("motion", RegionMeasure.Motion)]
    [InlineData("change", RegionMeasure.Change)]
    [InlineData("coverage", RegionMeasure.Coverage)]
    [InlineData("hue", RegionMeasure.Hue)]
    [InlineData("saturation", RegionMeasure.Saturation)]
    [InlineData("red", RegionMeasure.Red)]
    [InlineData("green", RegionMeasure.Green)]
    [InlineData("blue", RegionMeasure.Blue)]
    public void A_controller_follows_the_value_or_the_reading_it_names(string? from, RegionMeasure? expected)
    {
        var field = from is null ? string.Empty : $", \"from\": \"{from}\"";

        var control = Region($"\"cc\": {{ \"controller\": 10{field} }}").Control!;

        Assert.Equal(10, control.Controller);
        Assert.Equal(expected, control.From);
    }

    [Fact]
    public void A_controller_from_the_region_s_own_measure_is_one_that_follows_its_value()
    {
        Assert.Null(Region("\"cc\": { \"controller\": 1, \"from\": \"brightness\" }").Control!.From);
        Assert.Null(Region("\"measure\": \"hue\", \"cc\": { \"controller\": 1, \"from\": \"hue\" }").Control!.From);
        Assert.Equal(RegionMeasure.Brightness, Region("\"measure\": \"peak\", \"cc\": { \"controller\": 1, \"from\": \"brightness\" }").Control!.From);
    }

    [Fact]
    public void Each_cell_of_a_grid_sends_its_controller_from_the_same_reading()
    {
        var mapping = Maps.Parse("""{ "grids": [ { "rows": 1, "columns": 3, "colour": "red", "cc": { "controller": 20, "from": "y" } } ] }""");

        Assert.Equal([20, 21, 22], mapping.Regions.Select(r => r.Control!.Controller));
        Assert.All(mapping.Regions, r => Assert.Equal(RegionMeasure.Y, r.Control!.From));
    }

    [Fact]
    public void Red_and_green_bursts_on_two_channels_with_pitch_and_pan_from_x()
    {
        var mapping = Maps.Parse("""
            {
              "defaults": { "measure": "coverage", "on": 0.02, "off": 0.01, "scale": "D dorian", "lowest": "D3", "highest": "D5" },
              "instruments": { "1": "Celesta", "2": "Pizzicato Strings" },
              "regions": [
                { "name": "red bursts", "x": 0, "y": 0, "width": 1, "height": 1, "channel": 1, "colour": "red", "pitch": "x", "cc": { "controller": 10, "from": "x" } },
                { "name": "green bursts", "x": 0, "y": 0, "width": 1, "height": 1, "channel": 2, "colour": "green", "tolerance": 0.1, "pitch": "x", "cc": { "controller": 10, "from": "x" } }
              ]
            }
            """);

        Assert.Collection(
            mapping.Regions,
            red => Assert.Equal((1, "red", RegionMeasure.X, RegionMeasure.X), (red.Channel, red.Colour!.Name, red.PitchFrom!.Value, red.Control!.From!.Value)),
            green => Assert.Equal((2, "green", 0.1, RegionMeasure.Coverage), (green.Channel, green.Colour!.Name, green.Colour.Tolerance, green.Measure)));
    }

    [Fact]
    public void The_worked_example_in_the_docs_is_valid_and_plays_red_and_green_on_two_channels_with_pitch_and_pan_from_x()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "mapping.md"));
        var section = docs.IndexOf("## Colour and position", StringComparison.Ordinal);
        var start = docs.IndexOf("```jsonc\n", section, StringComparison.Ordinal) + "```jsonc\n".Length;
        var end = docs.IndexOf("```", start, StringComparison.Ordinal);

        var mapping = MappingLoader.Parse("mapping.md", System.Text.Encoding.UTF8.GetBytes(docs[start..end]));

        Assert.Equal(["red", "green"], mapping.Regions.Select(r => r.Colour!.Name));
        Assert.Equal([1, 2], mapping.Regions.Select(r => r.Channel));
        Assert.All(mapping.Regions, r => Assert.Equal((RegionMeasure.Coverage, RegionMeasure.X, 10, RegionMeasure.X), (r.Measure, r.PitchFrom!.Value, r.Control!.Controller, r.Control.From!.Value)));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "colour": "redd" } ] }""", "$.regions[0].colour", $"\"redd\" is not a colour; did you mean \"red\"? allowed: {AllowedColour}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "colour": "#ff88" } ] }""", "$.regions[0].colour", $"\"#ff88\" is not a colour; a colour by number needs \"#\" and six hex digits, two each for red, green and blue; allowed: {AllowedColour}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "colour": "ochre" } ] }""", "$.regions[0].colour", $"\"ochre\" is not a colour; allowed: {AllowedColour}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "colour": 7 } ] }""", "$.regions[0].colour", $"found the number 7; allowed: {AllowedColour}" },
        { $$"""{ "grids": [ { "rows": 1, "columns": 1, "notes": [60], "colour": "grean" } ] }""", "$.grids[0].colour", $"\"grean\" is not a colour; did you mean \"green\"? allowed: {AllowedColour}" },
        { $$"""{ "defaults": { "colour": "yelow" }, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.defaults.colour", $"\"yelow\" is not a colour; did you mean \"yellow\"? allowed: {AllowedColour}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "colour": "red", "tolerance": 0.7 } ] }""", "$.regions[0].tolerance", "0.7 is out of range; allowed: a number from 0 to 0.5 (how far round the colour wheel from \"colour\"; for white, how much dimmer)" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "colour": "red", "tolerance": -0.1 } ] }""", "$.regions[0].tolerance", "-0.1 is out of range; allowed: a number from 0 to 0.5 (how far round the colour wheel from \"colour\"; for white, how much dimmer)" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "tolerance": 0.2 } ] }""", "$.regions[0].tolerance", "a \"tolerance\" without a \"colour\": it says how near a pixel must be to the colour the region looks at; add a \"colour\" here or in \"defaults\", or remove \"tolerance\"" },
        { $$"""{ "grids": [ { "rows": 1, "columns": 1, "notes": [60], "tolerance": 0.2 } ] }""", "$.grids[0].tolerance", "a \"tolerance\" without a \"colour\": it says how near a pixel must be to the colour the region looks at; add a \"colour\" here or in \"defaults\", or remove \"tolerance\"" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "measure": "hues" } ] }""", "$.regions[0].measure", $"\"hues\" is not a measure; did you mean \"hue\"? allowed: {AllowedMeasure}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "measure": "covrage" } ] }""", "$.regions[0].measure", $"\"covrage\" is not a measure; did you mean \"coverage\"? allowed: {AllowedMeasure}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "measure": "x" } ] }""", "$.regions[0].measure", $"\"x\" is a position, not a measure: it chooses a pitch (\"pitch\": \"x\") or a controller's value (\"cc\": {{ \"from\": \"x\" }}); allowed: {AllowedMeasure}" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "measure": "orange" } ] }""", "$.regions[0].measure", $"\"orange\" is a colour, not a measure: to look only at pixels of that colour, set \"colour\": \"orange\"; allowed: {AllowedMeasure}" },
        { $$"""{ "regions": [ { {{Rect}}, "pitch": "hu" } ] }""", "$.regions[0].pitch", "\"hu\" is not a pitch mode; did you mean \"hue\"? allowed: \"fixed\" (play \"note\"), or a pitch along the scale from \"value\" (the measured value), \"hue\" (round the wheel from red), \"x\" (left low, right high) or \"y\" (bottom low, top high)" },
        { $$"""{ "grids": [ { "rows": 1, "columns": 1, "pitch": "position" } ] }""", "$.grids[0].pitch", "\"position\" is not a pitch mode; allowed: \"fixed\" (play \"note\"), or a pitch along the scale from \"value\" (the measured value), \"hue\" (round the wheel from red), \"x\" (left low, right high) or \"y\" (bottom low, top high)" },
        { $$"""{ "regions": [ { {{Rect}}, "cc": { "controller": 10, "from": "pan" } } ] }""", "$.regions[0].cc.from", "\"pan\" is not something a controller can follow; pan is controller 10, and \"from\" is what it follows: for pan from position, \"controller\": 10 and \"from\": \"x\"; allowed: \"value\" (the region's measure), another measure (\"brightness\", \"peak\", \"darkness\", \"motion\", \"change\", \"coverage\", \"hue\", \"saturation\", \"red\", \"green\", \"blue\"), or \"x\" or \"y\" (where across or up the region its coloured or bright pixels are)" },
        { $$"""{ "regions": [ { {{Rect}}, "cc": { "controller": 10, "from": "size" } } ] }""", "$.regions[0].cc.from", "\"size\" is not something a controller can follow; allowed: \"value\" (the region's measure), another measure (\"brightness\", \"peak\", \"darkness\", \"motion\", \"change\", \"coverage\", \"hue\", \"saturation\", \"red\", \"green\", \"blue\"), or \"x\" or \"y\" (where across or up the region its coloured or bright pixels are)" },
        { $$"""{ "regions": [ { {{Rect}}, "cc": { "controller": 10, "from": "valeu" } } ] }""", "$.regions[0].cc.from", "\"valeu\" is not something a controller can follow; did you mean \"value\"? allowed: \"value\" (the region's measure), another measure (\"brightness\", \"peak\", \"darkness\", \"motion\", \"change\", \"coverage\", \"hue\", \"saturation\", \"red\", \"green\", \"blue\"), or \"x\" or \"y\" (where across or up the region its coloured or bright pixels are)" },
        { $$"""{ "regions": [ { {{Rect}}, "measure": "darkness", "pitch": "x" } ] }""", "$.regions[0].pitch", "\"pitch\": \"x\" follows the centre of the region's bright pixels, and a region measuring \"darkness\" without a \"colour\" has no bright centre to follow; give it a \"colour\" (the centre of its pixels of that colour), or measure \"brightness\", \"peak\" or \"coverage\"" },
        { $$"""{ "defaults": { "measure": "motion" }, "regions": [ { {{Rect}}, "pitch": "y" } ] }""", "$.regions[0].pitch", "\"pitch\": \"y\" follows the centre of the region's bright pixels, and a region measuring \"motion\" without a \"colour\" has no bright centre to follow; give it a \"colour\" (the centre of its pixels of that colour), or measure \"brightness\", \"peak\" or \"coverage\"" },
        { $$"""{ "grids": [ { "rows": 2, "columns": 2, "measure": "change", "pitch": "x" } ] }""", "$.grids[0].pitch", "\"pitch\": \"x\" follows the centre of the region's bright pixels, and a region measuring \"change\" without a \"colour\" has no bright centre to follow; give it a \"colour\" (the centre of its pixels of that colour), or measure \"brightness\", \"peak\" or \"coverage\"" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "pitch": "hue" } ] }""", "$.regions[0].note", "a region with \"pitch\": \"hue\" takes its notes from the scale; remove \"note\", or make \"pitch\" \"fixed\"" },
        { $$"""{ "grids": [ { "rows": 1, "columns": 1, "notes": [60], "pitch": "y" } ] }""", "$.grids[0]", "give the cells' notes one way: \"notes\" (a list), \"firstNote\" (generated along the scale) or a \"pitch\" along the scale (\"value\", \"hue\", \"x\" or \"y\")" },
        { $$"""{ "regions": [ { {{Rect}}, "note": 60, "color": "red" } ] }""", "$.regions[0].color", "unknown property \"color\"; did you mean \"colour\"?" },
        { $$"""{ "defaults": { "color": "red" }, "regions": [ { {{Rect}}, "note": 60 } ] }""", "$.defaults.color", "unknown property \"color\"; did you mean \"colour\"?" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Each_bad_colour_or_reading_is_one_located_line_saying_what_is_allowed(string json, string path, string message)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal(path, problem.Path);
        Assert.Equal(message, problem.Message);
        Assert.Equal(1, problem.Line);
        Assert.Equal($"test.json:1:{problem.Column}: {path}: {message}", problem.ToString());
        Assert.Equal(ExpectedColumn(json, path), problem.Column);
    }

    /// <summary>Where the problem belongs: an unknown property at its name, a whole object at its brace, a value at the value.</summary>
    private static int ExpectedColumn(string json, string path)
    {
        var last = path[(path.LastIndexOf('.') + 1)..];
        if (last.EndsWith(']'))
        {
            return json.IndexOf("{ \"rows\"", StringComparison.Ordinal) + 1;
        }

        var name = json.IndexOf($"\"{last}\":", StringComparison.Ordinal);
        return last is "color" ? name + 1 : json.IndexOf(':', name) + 3;
    }
}
