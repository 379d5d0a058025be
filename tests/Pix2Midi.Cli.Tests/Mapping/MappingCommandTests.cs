using System.Text.Json;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Mapping.Schema;

namespace Pix2Midi.Cli.Tests.Mapping;

public class MappingCommandTests
{
    [Fact]
    public void Init_writes_a_valid_commented_schema_linked_mapping_and_the_schema_beside_it()
    {
        using var temp = new TempDirectory();
        var file = temp.File("mine.json");

        var run = CliRun.InProcess("mapping", "init", "--grid", "3x5", "--scale", "D dorian", "-o", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("a 3×5 grid in D dorian, D3 to ", run.Output);
        var text = File.ReadAllText(file);
        Assert.Contains("// MIDI channel, 1–16", text);
        Assert.Contains("\"$schema\": \"./pix2midi-mapping.schema.json\"", text);
        Assert.Equal(MappingSchema.GenerateText(), File.ReadAllText(temp.File(MappingSchema.FileName)));
        var mapping = MappingLoader.Load(file);
        Assert.Equal(15, mapping.Regions.Length);
        Assert.All(mapping.Regions, r => Assert.True(Scale.TryParse("D dorian", null, Scale.Chromatic, out var s) is null && s!.Contains(r.Note)));
        Assert.Equal(50, mapping.Regions[0].Note); // D3, bottom left
        Assert.Contains("// The instrument each MIDI channel plays", text);
        Assert.Equal(new MappedInstrument(1, 0), Assert.Single(mapping.Instruments));
        Assert.Equal(0, CliRun.InProcess("mapping", "validate", file).ExitCode);
    }

    [Fact]
    public void Init_offers_colour_and_tolerance_commented_out_and_the_file_still_validates_with_them_switched_on()
    {
        using var temp = new TempDirectory();
        var file = temp.File("colour.json");

        var run = CliRun.InProcess("mapping", "init", "--grid", "2x2", "-o", file);

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(file);
        Assert.Contains("    // Look only at pixels of this colour: red, orange, yellow, green, cyan, blue, purple, magenta,\n", text);
        Assert.Contains("    // How far round the colour wheel", text);
        Assert.Contains("    // \"colour\": \"red\",\n", text);
        Assert.Contains("    // \"tolerance\": 0.08,\n", text);
        Assert.Contains("\"change\" (how much it differs from the picture when the run started)", text.Replace("\n    // ", " ", StringComparison.Ordinal));
        Assert.All(MappingLoader.Load(file).Regions, r => Assert.Null(r.Colour));

        File.WriteAllText(file, text.Replace("// \"colour\": ", "\"colour\": ", StringComparison.Ordinal).Replace("// \"tolerance\": ", "\"tolerance\": ", StringComparison.Ordinal));

        var regions = MappingLoader.Load(file).Regions;
        Assert.Equal(4, regions.Length);
        Assert.All(regions, r => Assert.Equal(("red", 0.08), (r.Colour!.Name, r.Colour.Tolerance)));
        var validate = CliRun.InProcess("mapping", "validate", file);
        Assert.True(validate.ExitCode == 0, validate.Error);
        Assert.Contains(", colour red", validate.Output);
    }

    [Fact]
    public void Validate_names_the_colours_a_mapping_looks_at()
    {
        using var temp = new TempDirectory();
        var file = temp.File("bursts.json");
        File.WriteAllText(file, """
            {
              "name": "bursts",
              "regions": [
                { "x": 0, "y": 0, "width": 1, "height": 1, "colour": "red", "measure": "coverage", "pitch": "x", "cc": { "controller": 10, "from": "x" } },
                { "x": 0, "y": 0, "width": 1, "height": 1, "channel": 2, "colour": "#00FF00", "pitch": "y" },
                { "x": 0, "y": 0, "width": 1, "height": 1, "channel": 2, "colour": "red", "note": 60 },
                { "x": 0, "y": 0, "width": 1, "height": 1, "channel": 3, "note": 62 }
              ]
            }
            """);

        var run = CliRun.InProcess("mapping", "validate", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal($"{file}: valid: \"bursts\", 4 regions, 4 playing notes, 1 sending controllers, channels 1, 2, 3, colours red, #00ff00", run.Output.TrimEnd());
    }

    [Fact]
    public void Init_refuses_to_overwrite_unless_forced()
    {
        using var temp = new TempDirectory();
        var file = temp.File("mapping.json");
        File.WriteAllText(file, "mine");

        var refused = CliRun.InProcess("mapping", "init", "-o", file);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"error: {file}: already exists; pass --force to replace it, or -o to write another file", Assert.Single(refused.ErrorLines));
        Assert.Equal("mine", File.ReadAllText(file));

        var forced = CliRun.InProcess("mapping", "init", "-o", file, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(16, MappingLoader.Load(file).Regions.Length);
    }

    [Theory]
    [InlineData("--grid", "4by4", "give rows x columns")]
    [InlineData("--grid", "0x3", "give rows x columns")]
    [InlineData("--scale", "C minor pentatonik", "did you mean \"minor pentatonic\"?")]
    [InlineData("--grid", "20x20", "MIDI has only")]
    public void Init_explains_a_bad_grid_or_scale_in_one_line(string option, string value, string expected)
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("mapping", "init", option, value, "-o", temp.File("m.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(temp.File("m.json")));
    }

    [Fact]
    public void Validate_names_the_instruments_a_mapping_chooses()
    {
        var run = CliRun.InProcess("mapping", "validate", RepoPaths.Mapping("fireworks-colours.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("colours red, #ffcd46, green, #3c82ff, #d25aff, white, instruments 1 Celesta, 2 Glockenspiel, 3 Vibraphone, 4 Orchestral Harp, 5 Marimba, 6 Tinkle Bell", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem_of_every_file_and_exits_1()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.json");
        File.WriteAllText(bad, "{\n  \"regions\": [ { \"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1, \"note\": \"H2\", \"chanel\": 3 } ],\n  \"limits\": { \"polyphony\": 0 }\n}\n");

        var run = CliRun.InProcess("mapping", "validate", RepoPaths.Mapping("fireworks.json"), bad, temp.File("missing.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fireworks.json: valid: \"Fireworks\", 20 regions", run.Output);
        Assert.Contains("2 of 3 mappings have problems.", run.Output);
        Assert.Equal(
            [
                $"error: {bad}:2:67: $.regions[0].note: \"H2\" is not a note; allowed: a note number 0–127 or a name such as \"C4\" (middle C, 60), \"D#3\" or \"Eb5\"",
                $"error: {bad}:2:73: $.regions[0].chanel: unknown property \"chanel\"; did you mean \"channel\"?",
                $"error: {bad}:3:28: $.limits.polyphony: 0 is out of range; allowed: a whole number 1–128",
                $"error: {temp.File("missing.json")}: no such mapping file",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void Validate_accepts_every_bundled_mapping_by_name()
    {
        var names = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "mappings"), "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Order().ToArray();

        var run = CliRun.InProcess(["mapping", "validate", .. names!]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"All {names.Length} mappings are valid.", run.Output);
    }

    [Fact]
    public void The_readme_example_mapping_is_valid()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme.IndexOf("## Mappings", StringComparison.Ordinal);
        var start = readme.IndexOf("```jsonc\n", section, StringComparison.Ordinal) + "```jsonc\n".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);

        var mapping = MappingLoader.Parse("README.md", System.Text.Encoding.UTF8.GetBytes(readme[start..end]));

        Assert.Contains(mapping.Regions, r => r.Pitch is not null);
        Assert.Contains(mapping.Regions, r => r.Control is not null);
        Assert.Contains(mapping.Regions, r => r.Measure == RegionMeasure.Motion);
        Assert.NotNull(mapping.Limits.Polyphony);
        Assert.Equal([1, 2, 10], mapping.Instruments.Select(i => i.Channel));
    }

    [Fact]
    public void Schema_prints_the_committed_schema_and_writes_it_with_o()
    {
        using var temp = new TempDirectory();

        var printed = CliRun.InProcess("mapping", "schema");
        var written = CliRun.InProcess("mapping", "schema", "-o", temp.File("s.json"));

        Assert.Equal(0, printed.ExitCode);
        Assert.Equal(File.ReadAllText(RepoPaths.Mapping(MappingSchema.FileName)), printed.Output);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(printed.Output, File.ReadAllText(temp.File("s.json")));
        using var document = JsonDocument.Parse(printed.Output);
        Assert.Equal("object", document.RootElement.GetProperty("type").GetString());
    }
}
