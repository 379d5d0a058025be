using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Cli.Tests;

public class ShippedMappingsTests
{
    public static TheoryData<string> Shipped =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "mappings"), "*.json").Where(f => !f.Contains(".schema.", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_shipped_mapping_loads_and_describes_itself(string name)
    {
        var mapping = MappingLoader.Load(RepoPaths.Mapping(name));

        Assert.NotEmpty(mapping.Regions);
        Assert.False(string.IsNullOrWhiteSpace(mapping.Name));
        Assert.True(mapping.Description.Length > 40, $"{name} needs a description that says what it is for");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_shipped_mapping_travels_with_the_tool(string name) =>
        Assert.Equal(File.ReadAllText(RepoPaths.Mapping(name)), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "mappings", name)));

    [Fact]
    public void The_fireworks_sample_with_the_default_mapping_plays_many_notes_all_on_frames()
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("fireworks.mp4"), "-o", temp.File("f.mid"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("the bundled \"fireworks\" mapping", run.Output);
        Assert.Contains("1280×720, 30 fps", run.Output);
        Assert.Contains("450 frames, 15.00 s", run.Output);
        Assert.Contains("every note exactly on a frame time", run.Output);
        var file = Core.Smf.SmfReader.ReadFile(temp.File("f.mid"));
        var ons = file.ChannelEvents.Where(e => (e.Status & 0xF0) == 0x90).ToList();
        Assert.InRange(ons.Count, 40, 400);
        Assert.All(file.ChannelEvents, e => Assert.Equal(0, e.Tick % 64));
        Assert.True(ons.Select(e => e.Data1).Distinct().Count() >= 10, "the sky should play across the scale");
    }

    [ToolFact("midicsv")]
    public void The_fireworks_render_sets_its_instruments_at_tick_0_before_any_note_of_their_tracks()
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("fireworks.mp4"), "-o", temp.File("f.mid"));

        Assert.True(run.ExitCode == 0, run.Error);
        var csv = Midicsv.Read(temp.File("f.mid"));
        Assert.Equal([new Midicsv.ProgramChange(2, 0, 0, 8), new Midicsv.ProgramChange(3, 0, 1, 38)], csv.Programs);
        Assert.All(csv.Notes, n => Assert.Contains(n.Track, new[] { 2, 3 }));
        var bytes = File.ReadAllBytes(temp.File("f.mid"));
        var firstTrack = Convert.ToHexString(bytes).IndexOf("4368616E6E656C2031", StringComparison.Ordinal); // "Channel 1"
        Assert.True(firstTrack > 0);
        Assert.StartsWith("00C008", Convert.ToHexString(bytes)[(firstTrack + 18)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fireworks.json", "channel 1: Celesta (9)", "channel 2: Synth Bass 1 (39)")]
    [InlineData("fireworks-beat.json", "channel 1: Celesta (9)", "channel 2: Synth Bass 1 (39)", "channel 3: Glockenspiel (10)")]
    [InlineData("gm-drums.json", "channel 10: Standard Kit (1)")]
    [InlineData("pentatonic-grid.json", "channel 1: Vibraphone (12)")]
    [InlineData("motion.json", "channel 1: Marimba (13)")]
    [InlineData("cc-sweeps.json", "channel 1: Pad 2 (warm) (90)")]
    [InlineData("calibration.json")]
    public void Each_shipped_mapping_chooses_its_instruments(string name, params string[] instruments) =>
        Assert.Equal(instruments, MappingLoader.Load(RepoPaths.Mapping(name)).Instruments.Select(i => i.ToString()));

    [ToolTheory("midicsv")]
    [InlineData("gm-drums", "9:0")]
    [InlineData("pentatonic-grid", "0:11")]
    [InlineData("motion", "0:12")]
    [InlineData("cc-sweeps", "0:89")]
    [InlineData("calibration")]
    public void Each_shipped_mapping_renders_its_program_changes_first_at_tick_0(string name, params string[] programs)
    {
        using var temp = new TempDirectory();

        var run = CliRun.InProcess("render", RepoPaths.SampleVideo("calibration.mp4"), "-m", name, "-o", temp.File("out.mid"));

        Assert.True(run.ExitCode == 0, run.Error);
        var csv = Midicsv.Read(temp.File("out.mid"));
        Assert.Equal(programs, csv.Programs.Select(p => $"{p.Channel}:{p.Program}"));
        Assert.All(csv.Programs, p => Assert.Equal(0, p.Tick));
    }
}
