using System.Text.Json;
using NJsonSchema;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Mapping.Schema;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Core.Tests.Mapping;

public class MappingSchemaTests
{
    private static string SchemaPath => RepoPaths.Mapping(MappingSchema.FileName);

    public static TheoryData<string> Shipped =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "mappings"), "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order()];

    private static JsonSchema Schema() => JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult();

    /// <summary>The JSON with comments and trailing commas removed, as a strict validator needs it.</summary>
    private static string Strict(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.GetRawText();
    }

    [Fact]
    public void The_committed_schema_is_the_one_the_model_generates()
    {
        var committed = File.ReadAllText(SchemaPath);

        Assert.True(
            committed == MappingSchema.GenerateText(),
            $"{SchemaPath} is stale: regenerate it with `pix2midi mapping schema -o mappings/{MappingSchema.FileName}`");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_shipped_mapping_names_the_schema_passes_it_and_loads(string name)
    {
        var text = File.ReadAllText(RepoPaths.Mapping(name));

        using (var document = JsonDocument.Parse(Strict(text)))
        {
            Assert.Equal("./" + MappingSchema.FileName, document.RootElement.GetProperty("$schema").GetString());
        }

        Assert.Empty(Schema().Validate(Strict(text)));
        var mapping = MappingLoader.Load(RepoPaths.Mapping(name));
        Assert.True(mapping.Description.Length > 40, $"{name} needs a description");
    }

    [Theory]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chanel": 2 } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 128 } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": "H2" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "channel": 17 } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "measure": "loud" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "note": 60 } ] }""")]
    [InlineData("""{ "name": "no regions" }""")]
    [InlineData("""{ "limits": { "thinning": 2 }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "instruments": { "17": "Violin" }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "instruments": { "0": "Violin" }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "instruments": { "1": 0 }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "instruments": { "1": 129 }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "instruments": { "1": true }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "instruments": [ "Violin" ], "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "colour": "redd" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "colour": "#ff88" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "color": "red" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "colour": "red", "tolerance": 0.7 } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "measure": "x" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "pitch": "hu" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "cc": { "controller": 10, "from": "pan" } } ] }""")]
    [InlineData("""{ "tempo": 500, "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ] }""")]
    [InlineData("""{ "quantize": "1/12", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ] }""")]
    [InlineData("""{ "quantize": "1/8", "swing": 0.9, "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "majr" } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": [0, 40] } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": [0, 1, 2, 3, 4, 5, 6, 7, 8] } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": { "intervals": [0, 4], "extra": 1 } } ] }""")]
    [InlineData("""{ "quantize": "1/16", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "major", "arpeggio": { "pattern": "upp" } } ] }""")]
    [InlineData("""{ "quantize": "1/16", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "major", "arpeggio": { "octaves": 5 } } ] }""")]
    [InlineData("""{ "quantize": "1/16", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "major", "arpeggio": { "gate": 0 } } ] }""")]
    [InlineData("""{ "quantize": "1/16", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "major", "arpeggio": { "rat": "1/8" } } ] }""")]
    public void The_schema_refuses_what_the_loader_refuses(string json)
    {
        Assert.NotEmpty(Schema().Validate(json));
        Assert.Throws<MappingException>(() => Maps.Parse(json));
    }

    [Theory]
    [InlineData("""{ "instruments": { "1": "Tubular Bells", "2": 39, "10": "Standard Kit" }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    [InlineData("""{ "instruments": { "16": "electric bass finger" }, "grids": [ { "rows": 1, "columns": 1, "notes": [60] } ] }""")]
    public void The_schema_accepts_instruments_the_loader_accepts(string json)
    {
        Assert.Empty(Schema().Validate(json));
        Assert.NotEmpty(Maps.Parse(json).Instruments);
    }

    [Theory]
    [InlineData("""{ "defaults": { "colour": "red", "tolerance": 0.1, "measure": "coverage" }, "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "pitch": "x", "cc": { "controller": 10, "from": "x" } } ] }""")]
    [InlineData("""{ "grids": [ { "rows": 2, "columns": 2, "colour": "#FF8800", "measure": "hue", "pitch": "y", "cc": { "controller": 20, "from": "saturation" } } ] }""")]
    [InlineData("""{ "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "colour": "white", "tolerance": 0.5, "measure": "change", "pitch": "hue" } ] }""")]
    public void The_schema_accepts_the_colour_fields_the_loader_accepts(string json)
    {
        Assert.Empty(Schema().Validate(json));
        Assert.NotEmpty(Maps.Parse(json).Regions);
    }

    [Theory]
    [InlineData("""{ "tempo": 92.5, "quantize": "1/8", "swing": 0.3, "defaults": { "chord": "triad", "scale": "A minor" }, "grids": [ { "rows": 2, "columns": 2, "firstNote": "A3" } ] }""")]
    [InlineData("""{ "quantize": "1/16t", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": [0, 7, 12], "arpeggio": { "pattern": "updown", "rate": "1/32", "octaves": 4, "gate": 1 } } ] }""")]
    [InlineData("""{ "quantize": "off", "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": { "intervals": [0, 5] } } ] }""")]
    public void The_schema_accepts_the_musical_fields_the_loader_accepts(string json)
    {
        Assert.Empty(Schema().Validate(json));
        Assert.All(Maps.Parse(json).Regions, r => Assert.NotNull(r.Chord));
    }

    [Fact]
    public void The_schema_offers_every_chord_grid_and_pattern_name_to_editors()
    {
        var schema = MappingSchema.Generate();
        var defaults = schema["properties"]!["defaults"]!["properties"]!;

        static IEnumerable<string> Names(System.Text.Json.Nodes.JsonNode node) => node["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(ChordShape.Names, Names(defaults["chord"]!["anyOf"]![0]!));
        Assert.Equal(GridDivision.Names.Prepend("off"), Names(schema["properties"]!["quantize"]!));
        Assert.Equal(GridDivision.Names, Names(defaults["arpeggio"]!["properties"]!["rate"]!));
        Assert.Equal(Arpeggio.PatternNames, Names(defaults["arpeggio"]!["properties"]!["pattern"]!));
        Assert.Equal((20L, 400L), (schema["properties"]!["tempo"]!["minimum"]!.GetValue<long>(), schema["properties"]!["tempo"]!["maximum"]!.GetValue<long>()));
    }

    [Fact]
    public void The_schema_offers_every_colour_name_to_editors()
    {
        var colour = MappingSchema.Generate()["properties"]!["defaults"]!["properties"]!["colour"]!;

        var names = colour["anyOf"]![0]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(Core.Analysis.ColourKey.Names.Select(n => n.Name).Append("white"), names);
    }

    [Fact]
    public void The_schema_offers_every_instrument_and_kit_name_to_editors()
    {
        var values = MappingSchema.Generate()["properties"]!["instruments"]!["patternProperties"]!.AsObject().Single().Value!;

        var names = values["anyOf"]![1]!["examples"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        Assert.Equal(GeneralMidi.ProgramNames.Concat(GeneralMidi.KitNames), names);
        Assert.NotNull(values["description"]);
    }

    [Fact]
    public void The_schema_describes_every_property_and_tells_editors_comments_are_fine()
    {
        var schema = MappingSchema.Generate();

        Assert.True(schema["allowComments"]!.GetValue<bool>());
        Assert.True(schema["allowTrailingCommas"]!.GetValue<bool>());
        var undescribed = new List<string>();
        Walk(schema, "$", undescribed);
        Assert.Empty(undescribed);
    }

    private static void Walk(System.Text.Json.Nodes.JsonNode? node, string path, List<string> undescribed)
    {
        if (node is null)
        {
            return;
        }

        if (node["properties"] is System.Text.Json.Nodes.JsonObject properties)
        {
            foreach (var (name, value) in properties)
            {
                if (value?["description"] is null)
                {
                    undescribed.Add($"{path}.{name}");
                }

                Walk(value, $"{path}.{name}", undescribed);
            }
        }

        Walk(node["items"] as System.Text.Json.Nodes.JsonObject, path + "[]", undescribed);
    }
}
