using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Music;

namespace Pix2Midi.Cli.Tests.Mapping;

/// <summary><c>mapping validate</c> and <c>mapping init</c> with tempo, quantize, swing, chords and arpeggios.</summary>
public class MusicalTimeCommandTests
{
    [Fact]
    public void Validate_names_the_tempo_grid_chords_and_arpeggios()
    {
        using var temp = new TempDirectory();
        var file = temp.File("beat.json");
        File.WriteAllText(file, """
            {
              "name": "beat",
              "tempo": 90,
              "quantize": "1/8",
              "swing": 0.25,
              "defaults": { "scale": "E minor", "chord": "triad" },
              "grids": [ { "name": "g", "rows": 2, "columns": 2, "firstNote": "E3" } ],
              "regions": [
                { "name": "stab", "x": 0, "y": 0, "width": 1, "height": 1, "note": "E2", "chord": "power" },
                { "name": "arp", "x": 0, "y": 0, "width": 1, "height": 1, "note": "E4", "chord": "m7", "arpeggio": { "pattern": "down", "rate": "1/16" } },
                { "name": "cutoff", "x": 0, "y": 0, "width": 1, "height": 1, "cc": { "controller": 74 } }
              ]
            }
            """);

        var run = CliRun.InProcess("mapping", "validate", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            $"{file}: valid: \"beat\", 7 regions, 6 playing notes, 1 sending controllers, channel 1, tempo 90 BPM, quantised to 1/8, swing 0.25, chords power on \"stab\", m7 on \"arp\", triad on 4 regions, arpeggio down 1/16 on \"arp\"",
            run.Output.TrimEnd());
    }

    [Fact]
    public void Validate_says_nothing_of_time_or_chords_for_a_mapping_without_them()
    {
        var run = CliRun.InProcess("mapping", "validate", RepoPaths.Mapping("fireworks.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("tempo", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("chord", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("arpeggio", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_each_bad_musical_setting_on_one_located_line_and_exits_1()
    {
        using var temp = new TempDirectory();
        var bad = temp.File("bad.json");
        File.WriteAllText(bad, """
            {
              "tempo": 500,
              "quantize": "1/8t",
              "swing": 0.3,
              "regions": [
                { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "majr" },
                { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "minor", "arpeggio": { "pattern": "upp", "rat": "1/16" } },
                { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "arpeggio": { "rate": "1/16" } },
                { "x": 0, "y": 0, "width": 1, "height": 1, "cc": { "controller": 1 }, "chord": "major" }
              ]
            }
            """);
        var gridless = temp.File("gridless.json");
        File.WriteAllText(gridless, """
            {
              "quantize": "1/12",
              "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60 } ]
            }
            """);
        var off = temp.File("off.json");
        File.WriteAllText(off, """
            {
              "swing": 0.2,
              "regions": [ { "x": 0, "y": 0, "width": 1, "height": 1, "note": 60, "chord": "major", "arpeggio": {} } ]
            }
            """);

        var run = CliRun.InProcess("mapping", "validate", bad, gridless, off);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("3 of 3 mappings have problems.", run.Output);
        const string chords = "a chord name, \"major\", \"minor\", \"sus2\", \"sus4\", \"7\", \"maj7\", \"m7\", \"dim\", \"aug\", \"power\", \"triad\" or \"seventh\" (from the scale), or the semitones above the note such as [0, 4, 7], each 0–36, at most 8 notes";
        Assert.Equal(
            [
                $"error: {bad}:2:12: $.tempo: 500 is out of range; allowed: a number of beats (quarter notes) a minute, 20–400",
                $"error: {bad}:4:12: $.swing: swing moves every second line of an even grid, and \"1/8t\" is a triplet grid (already a swung feel); use \"1/8\" with swing, or remove \"swing\"",
                $"error: {bad}:6:69: $.regions[0].chord: \"majr\" is not a chord; did you mean \"major\"? allowed: {chords}",
                $"error: {bad}:7:103: $.regions[1].arpeggio.pattern: \"upp\" is not an arpeggio pattern; did you mean \"up\"? allowed: \"up\", \"down\", \"updown\" or \"random\"",
                $"error: {bad}:7:110: $.regions[1].arpeggio.rat: unknown property \"rat\"; did you mean \"rate\"?",
                $"error: {bad}:8:72: $.regions[2].arpeggio: an arpeggio plays the notes of a chord one at a time, and there is no \"chord\"; add one here or in \"defaults\" ({chords}), or remove \"arpeggio\"",
                $"error: {bad}:9:84: $.regions[3].chord: this plays no notes, only a controller, so it has no note to play a chord on; give it a \"note\" (or a \"pitch\" along the scale), or remove \"chord\"",
                $"error: {gridless}:2:15: $.quantize: \"1/12\" is not a grid; did you mean \"1/16\"? allowed: \"off\" (each note at its frame's time), a grid, \"1/4\", \"1/8\", \"1/16\", \"1/32\", or the triplets \"1/8t\", \"1/16t\"",
                $"error: {off}:2:12: $.swing: swing moves every second line of the \"quantize\" grid, and \"quantize\" is \"off\"; set \"quantize\" to an even grid such as \"1/16\", or remove \"swing\"",
                $"error: {off}:3:101: $.regions[0].arpeggio: an arpeggio plays its notes on a grid, and the mapping's \"quantize\" is \"off\"; set a top-level \"quantize\" such as \"1/16\" (the arpeggio's \"rate\" may differ from it), or remove \"arpeggio\"",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void Init_writes_the_default_tempo_and_quantize_with_their_descriptions_and_offers_a_chord()
    {
        using var temp = new TempDirectory();
        var file = temp.File("m.json");

        var run = CliRun.InProcess("mapping", "init", "-o", file);

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(file);
        Assert.Contains("  // The tempo in beats (quarter notes) a minute, 20–400", text);
        Assert.Contains("\n  \"tempo\": 120,\n", text);
        Assert.Contains("  // The grid notes are played on at the \"tempo\": \"off\" plays each note at its frame's time;", text);
        Assert.Contains("\n  \"quantize\": \"off\",\n", text);
        Assert.Contains("    // \"chord\": \"triad\",\n", text);
        Assert.True(text.IndexOf("\"quantize\"", StringComparison.Ordinal) < text.IndexOf("\"defaults\"", StringComparison.Ordinal));
        Assert.Equal(MusicalTime.Default, MappingLoader.Load(file).Time);

        // Switched on, the chord reads, with the scale the template writes.
        File.WriteAllText(file, text.Replace("// \"chord\"", "\"chord\"", StringComparison.Ordinal));
        var regions = MappingLoader.Load(file).Regions;
        Assert.All(regions, r => Assert.Equal(("triad", "C minor pentatonic"), (r.Chord!.Name, r.Scale.Name)));
    }
}
