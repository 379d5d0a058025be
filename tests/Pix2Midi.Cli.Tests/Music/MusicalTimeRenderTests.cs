using System.CommandLine;
using System.Text.Json.Nodes;
using Pix2Midi.Cli.Commands;
using Pix2Midi.Cli.Tests.Playback;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Cli.Tests.Music;

/// <summary>
/// Tempo, quantise, chords and arpeggios through the command line, read back by <c>midicsv</c>: the
/// calibration video (a cell lights every 10 frames at 30 fps) with its mapping, changed.
/// </summary>
public class MusicalTimeRenderTests
{
    private static string Mapping(TempDirectory temp, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.Mapping("calibration.json")))!.AsObject();
        json.Remove("$schema");
        change(json);
        var path = temp.File("musical.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private static Midicsv Render(TempDirectory temp, string mapping, string name)
    {
        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", mapping, "-o", temp.File(name));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return Midicsv.Read(temp.File(name));
    }

    [Fact]
    public void Quantised_notes_start_on_sixteenths_at_the_mapping_tempo_never_before_their_frames()
    {
        using var temp = new TempDirectory();
        var plain = Render(temp, Mapping(temp, _ => { }), "plain.mid");
        var quantised = Render(temp, Mapping(temp, m => { m["tempo"] = 100; m["quantize"] = "1/16"; }), "quantised.mid");

        Assert.Equal(600_000, quantised.Tempo);
        var sixteenth = quantised.TicksPerQuarter / 4;
        var ons = quantised.Notes.Where(n => n.IsOn).ToList();
        Assert.Equal(plain.Notes.Where(n => n.IsOn).Select(n => n.Number), ons.Select(n => n.Number));
        Assert.All(ons, n => Assert.True(n.Tick % sixteenth == 0, $"note {n.Number} starts at tick {n.Tick}, off the 1/16 grid ({sixteenth} ticks)"));
        foreach (var (on, frame) in ons.Zip(plain.Notes.Where(n => n.IsOn)))
        {
            var at = quantised.Seconds(on.Tick);
            var was = plain.Seconds(frame.Tick);
            Assert.InRange(at - was, -1e-6, 0.15);
        }

        foreach (var on in ons)
        {
            var off = quantised.Notes.First(n => !n.IsOn && n.Number == on.Number && n.Tick > on.Tick);
            Assert.True(off.Tick - on.Tick >= sixteenth, $"note {on.Number} lasts {off.Tick - on.Tick} ticks, less than a sixteenth");
            Assert.True(off.Tick % sixteenth == 0, $"note {on.Number} ends off the grid at {off.Tick}");
        }
    }

    [Fact]
    public void The_fireworks_sample_with_a_tempo_and_quantise_has_every_note_on_the_grid_of_its_tempo()
    {
        // What the "done when" says: the bundled fireworks mapping, a tempo and a grid, read back by midicsv.
        using var temp = new TempDirectory();
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.Mapping("fireworks.json")))!.AsObject();
        json.Remove("$schema");
        json["tempo"] = 100;
        json["quantize"] = "1/8";
        File.WriteAllText(temp.File("fireworks-100.json"), json.ToJsonString());
        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("fireworks.mp4"), "-m", temp.File("fireworks-100.json"), "-o", temp.File("f.mid"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("at 100 BPM, every note-on on the 1/8 grid", run.Output);
        Assert.Contains("at 100 BPM it lines up with the video", run.Output);

        var file = Midicsv.Read(temp.File("f.mid"));
        Assert.Equal(600_000, file.Tempo);
        var eighth = file.TicksPerQuarter / 2;
        var ons = file.Notes.Where(n => n.IsOn).ToList();
        Assert.True(ons.Count > 30, $"{ons.Count} notes");
        Assert.All(ons, n => Assert.True(n.Tick % eighth == 0, $"note {n.Number} at tick {n.Tick} is off the 1/8 grid ({eighth} ticks)"));
    }

    [Fact]
    public void A_chord_plays_its_notes_together_and_stops_them_together()
    {
        using var temp = new TempDirectory();
        var file = Render(temp, Mapping(temp, m => m["defaults"]!["chord"] = "major"), "chords.mid");

        var ons = file.Notes.Where(n => n.IsOn).GroupBy(n => n.Tick).ToList();
        Assert.Equal(16, ons.Count);
        Assert.All(ons, g => Assert.Equal([g.Min(n => n.Number), g.Min(n => n.Number) + 4, g.Min(n => n.Number) + 7], g.Select(n => n.Number).Order()));
        var offs = file.Notes.Where(n => !n.IsOn).GroupBy(n => n.Tick).ToList();
        Assert.All(offs, g => Assert.Equal(0, g.Count() % 3));
    }

    [Fact]
    public void An_arpeggio_steps_one_thirty_second_apart_in_pattern_order()
    {
        using var temp = new TempDirectory();

        // One region over the top-left cell (note 72, lit for about 100 ms), arpeggiating a minor chord
        // over two octaves at 300 BPM: a thirty-second is 25 ms.
        var file = Render(temp, Mapping(temp, m =>
        {
            m["tempo"] = 300;
            m["quantize"] = "1/16";
            m.Remove("grids");
            var corner = new JsonObject
            {
                ["name"] = "corner",
                ["x"] = 0,
                ["y"] = 0,
                ["width"] = 0.25,
                ["height"] = 0.25,
                ["note"] = 72,
                ["chord"] = "minor",
                ["arpeggio"] = new JsonObject { ["pattern"] = "up", ["rate"] = "1/32", ["octaves"] = 2, ["gate"] = 0.5 },
            };
            m["regions"] = new JsonArray(corner);
        }), "arpeggio.mid");

        var step = file.TicksPerQuarter / 8;
        var ons = file.Notes.Where(n => n.IsOn).ToList();
        Assert.True(ons.Count >= 3, $"{ons.Count} steps");
        int[] chord = [72, 75, 79, 84, 87, 91];
        Assert.Equal(ons.Select((_, i) => chord[i % chord.Length]), ons.Select(n => n.Number));
        Assert.All(ons.Zip(ons.Skip(1)), pair => Assert.Equal(step, pair.Second.Tick - pair.First.Tick));
        Assert.All(ons, n => Assert.True(n.Tick % step == 0, $"step at {n.Tick} is off the grid"));
        foreach (var on in ons)
        {
            var off = file.Notes.First(n => !n.IsOn && n.Number == on.Number && n.Tick > on.Tick);
            Assert.Equal(step / 2, off.Tick - on.Tick);
        }
    }

    [Fact]
    public void Run_record_holds_the_same_quantised_notes_and_arpeggio_steps_as_a_render()
    {
        using var temp = new TempDirectory();
        var mapping = Mapping(temp, m =>
        {
            m["tempo"] = 100;
            m["quantize"] = "1/8";
            m["swing"] = 0.3;
            m["defaults"]!["chord"] = "sus4";
            m["grids"]![0]!["arpeggio"] = new JsonObject { ["pattern"] = "random", ["rate"] = "1/32", ["octaves"] = 3 };
        });
        var jack = new FakeMidiBackend("jack", true, "fluidsynth:midi_00");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { RunCommandFactory.Create(() => [jack]) };
        var code = root.Parse(["run", RepoPaths.SampleVideo("calibration.mp4"), "-m", mapping, "--port", "fluidsynth", "--record", temp.File("run.mid")]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        var render = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", mapping, "-o", temp.File("render.mid"));

        Assert.True(code == 0, error.ToString());
        Assert.Contains("(100 BPM, quantised to 1/8, swing 0.3) to jack:fluidsynth:midi_00", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, render.ExitCode);
        var played = SmfReader.ReadFile(temp.File("run.mid"));
        var rendered = SmfReader.ReadFile(temp.File("render.mid"));
        Assert.Equal(rendered.TicksPerQuarter, played.TicksPerQuarter);
        Assert.Equal(rendered.TempoEvents.Select(e => e.MicrosecondsPerQuarter), played.TempoEvents.Select(e => e.MicrosecondsPerQuarter));
        static IEnumerable<(long, byte, byte, byte)> Notes(SmfFile f) => f.ChannelEvents.Where(e => (e.Status & 0xE0) == 0x80).Select(e => (e.Tick, e.Status, e.Data1, e.Data2));
        Assert.True(Notes(rendered).Count() > 40);
        Assert.Equal(Notes(rendered), Notes(played));
    }
}
