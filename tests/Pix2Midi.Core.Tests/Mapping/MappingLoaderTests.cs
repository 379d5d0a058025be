using System.Text;
using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

public class MappingLoaderTests
{
    private static Core.Mapping.Mapping Parse(string json) => MappingLoader.Parse("test.json", Encoding.UTF8.GetBytes(json));

    private static IReadOnlyList<MappingProblem> Problems(string json) =>
        Assert.Throws<MappingException>(() => Parse(json)).Problems;

    [Fact]
    public void Reads_a_region_with_defaults_applied()
    {
        var mapping = Parse("""
            {
              "version": 1,
              "name": "One",
              "defaults": { "channel": 3, "on": 0.6, "velocity": { "min": 20 } },
              "regions": [ { "name": "moon", "x": 0.1, "y": 0.2, "width": 0.3, "height": 0.4, "note": "C4" } ]
            }
            """);

        var region = Assert.Single(mapping.Regions);
        Assert.Equal(new MappedRegion("moon", new NormalizedRect(0.1, 0.2, 0.3, 0.4), RegionMeasure.Brightness, 3, 60, 0.6, 0.48, 20, 127), region);
        Assert.Equal("One", mapping.Name);
    }

    [Fact]
    public void A_region_overrides_what_it_sets_and_inherits_the_rest()
    {
        var mapping = Parse("""
            {
              "defaults": { "channel": 2, "on": 0.5, "off": 0.2 },
              "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 64, "measure": "peak", "on": 0.9 } ]
            }
            """);

        var region = Assert.Single(mapping.Regions);
        Assert.Equal(2, region.Channel);
        Assert.Equal(RegionMeasure.Peak, region.Measure);
        Assert.Equal(0.9, region.On);
        Assert.Equal(0.2, region.Off);
        Assert.Equal("region1", region.Name);
    }

    [Fact]
    public void Expands_a_grid_left_to_right_from_the_bottom_row_up()
    {
        var mapping = Parse("""
            { "grids": [ { "name": "g", "y": 0.5, "height": 0.5, "rows": 2, "columns": 3, "notes": [60, 62, 64, "F4", "G4", "A4"] } ] }
            """);

        Assert.Equal(6, mapping.Regions.Length);
        var bottomLeft = mapping.Regions[0];
        Assert.Equal("g[1,1]", bottomLeft.Name);
        Assert.Equal(60, bottomLeft.Note);
        Assert.Equal(0.75, bottomLeft.Rect.Y, 9);
        Assert.Equal(0.25, bottomLeft.Rect.Height, 9);
        var topRight = mapping.Regions[5];
        Assert.Equal("g[2,3]", topRight.Name);
        Assert.Equal(69, topRight.Note);
        Assert.Equal(2 / 3.0, topRight.Rect.X, 9);
        Assert.Equal(0.5, topRight.Rect.Y, 9);
    }

    [Fact]
    public void Reports_every_problem_at_once_each_with_line_column_and_path()
    {
        var problems = Problems("""
            {
              "regions": [
                { "name": "a", "x": 0, "y": 0, "width": 0.5, "height": 0.5, "note": "C4", "channel": 17 },
                { "name": "b", "x": 0.8, "y": 0, "width": 0.5, "height": 0.5, "note": "H2" }
              ]
            }
            """);

        Assert.Equal(3, problems.Count);
        Assert.Equal("test.json:3:90: $.regions[0].channel: channel 17 does not exist; allowed: a whole number 1–16", problems[0].ToString());
        Assert.Equal((4, 47, "$.regions[1].width"), (problems[1].Line, problems[1].Column, problems[1].Path));
        Assert.Contains("past the right edge", problems[1].Message);
        Assert.Equal((4, 75, "$.regions[1].note"), (problems[2].Line, problems[2].Column, problems[2].Path));
        Assert.Contains("\"H2\" is not a note", problems[2].Message);
    }

    [Theory]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chanel": 2 } ] }""", "$.regions[0].chanel", "did you mean \"channel\"?")]
    [InlineData("""{ "region": [] }""", "$.region", "did you mean \"regions\"?")]
    [InlineData("""{ "defaults": { "velocity": { "mx": 3 } }, "grids": [] }""", "$.defaults.velocity.mx", "did you mean \"max\"?")]
    public void Flags_unknown_properties_with_the_nearest_known_name(string json, string path, string hint)
    {
        var problem = Problems(json).First(p => p.Path == path);

        Assert.Contains(hint, problem.Message);
    }

    [Theory]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "on": 0.3, "off": 0.5 } ] }""", "$.regions[0].off", "must be below \"on\"")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "on": 1.5 } ] }""", "$.regions[0].on", "out of range")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 128 } ] }""", "$.regions[0].note", "not a note")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1 } ] }""", "$.regions[0]", "no \"note\"")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 0, "height": 1, "note": 1 } ] }""", "$.regions[0].width", "outside the frame")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 1, "measure": "loud" } ] }""", "$.regions[0].measure", "\"brightness\"")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 1, "velocity": { "min": 100, "max": 50 } } ] }""", "$.regions[0].velocity.min", "above max")]
    [InlineData("""{ "grids": [ { "rows": 2, "columns": 2, "notes": [1, 2, 3] } ] }""", "$.grids[0].notes", "give exactly 4")]
    [InlineData("""{ "grids": [ { "rows": 0, "columns": 2, "notes": [] } ] }""", "$.grids[0].rows", "out of range")]
    [InlineData("""{ "grids": [ { "rows": 100, "columns": 100, "notes": [] } ] }""", "$.grids", "at most 4,096")]
    [InlineData("""{ "version": 2, "grids": [ { "rows": 1, "columns": 1, "notes": [1] } ] }""", "$.version", "allowed: 1")]
    [InlineData("""{ }""", "$", "no regions")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 1, "name": "a" }, { "x": 0, "y": 0, "width": 1, "height": 1, "note": 2, "name": "a" } ] }""", "$.regions[1].name", "already used")]
    public void Explains_each_kind_of_invalid_value(string json, string path, string expected)
    {
        var problem = Problems(json).First(p => p.Path == path);

        Assert.Contains(expected, problem.Message);
        Assert.True(problem.Line >= 1);
    }

    [Theory]
    [InlineData("{ \"regions\": [ { \"x\": 0, } ", 1)]
    [InlineData("[1, 2]", 1)]
    public void Reports_syntax_and_type_errors_with_a_location(string json, int line)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal(line, problem.Line);
        Assert.True(problem.Column > 0);
        Assert.DoesNotContain("System.", problem.Message);
    }

    [Fact]
    public void A_type_error_says_what_is_allowed()
    {
        var problem = Problems("{\n  \"defaults\": { \"channel\": \"one\" }\n}").First(p => p.Path == "$.defaults.channel");

        Assert.Equal("$.defaults.channel", problem.Path);
        Assert.Equal(2, problem.Line);
        Assert.Contains("a whole number 1–16", problem.Message);
    }

    [Fact]
    public void Refuses_deep_nesting()
    {
        var json = "{ \"extra\": " + new string('[', 100) + new string(']', 100) + " }";

        var problem = Assert.Single(Problems(json));

        Assert.Contains("nested", problem.Message);
    }

    [Fact]
    public void Refuses_an_empty_file_with_a_hint()
    {
        var problem = Assert.Single(Problems("  \n"));

        Assert.Contains("empty", problem.Message);
        Assert.Equal("test.json: the file is empty; a mapping is a JSON object such as { \"version\": 1, \"regions\": [ … ] } (try `pix2midi mapping init`)", problem.ToString());
    }

    [Fact]
    public void Load_names_a_missing_file_and_a_folder()
    {
        using var temp = new TempDirectory();

        Assert.Equal($"{temp.File("nope.json")}: no such mapping file", Assert.Throws<MappingException>(() => MappingLoader.Load(temp.File("nope.json"))).Message);
        Assert.Equal($"{temp.Path}: is a folder, not a mapping file", Assert.Throws<MappingException>(() => MappingLoader.Load(temp.Path)).Message);
    }

    [Fact]
    public void Accepts_comments_and_trailing_commas_people_leave_in_hand_edited_files()
    {
        var mapping = Parse("""
            {
              // the moon
              "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, }, ],
            }
            """);

        Assert.Single(mapping.Regions);
    }
}
