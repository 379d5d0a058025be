using Pix2Midi.Core.Mapping;

namespace Pix2Midi.Core.Tests.Mapping;

public class GeneralMidiTests
{
    [Theory]
    [InlineData("Acoustic Grand Piano", 0)]
    [InlineData("acoustic grand piano", 0)]
    [InlineData("Honky-tonk Piano", 3)]
    [InlineData("honky tonk piano", 3)]
    [InlineData("Clavi", 7)]
    [InlineData("Clavinet", 7)]
    [InlineData("Celesta", 8)]
    [InlineData("Music Box", 10)]
    [InlineData("Tubular Bells", 14)]
    [InlineData("tubular bells", 14)]
    [InlineData("  TUBULAR   BELLS ", 14)]
    [InlineData("TubularBells", 14)]
    [InlineData("Acoustic Guitar (nylon)", 24)]
    [InlineData("Electric Bass (finger)", 33)]
    [InlineData("electric bass finger", 33)]
    [InlineData("Electric-Bass_Finger", 33)]
    [InlineData("Synth Bass 1", 38)]
    [InlineData("synth bass 2", 39)]
    [InlineData("Synth Voice", 54)]
    [InlineData("Synth Choir", 54)]
    [InlineData("Lead 8 (bass + lead)", 87)]
    [InlineData("lead 8 bass lead", 87)]
    [InlineData("Pad 2 (warm)", 89)]
    [InlineData("FX 8 (sci-fi)", 103)]
    [InlineData("fx8scifi", 103)]
    [InlineData("Bag pipe", 109)]
    [InlineData("Bagpipe", 109)]
    [InlineData("Gunshot", 127)]
    public void Reads_instrument_names_forgivingly(string name, int program)
    {
        Assert.True(GeneralMidi.TryParseProgram(name, out var parsed));
        Assert.Equal(program, parsed);
    }

    [Theory]
    [InlineData("Standard Kit", 0)]
    [InlineData("standard", 0)]
    [InlineData("Room Kit", 8)]
    [InlineData("Power", 16)]
    [InlineData("Electronic Kit", 24)]
    [InlineData("TR-808 Kit", 25)]
    [InlineData("tr808", 25)]
    [InlineData("TR 808 kit", 25)]
    [InlineData("Jazz Kit", 32)]
    [InlineData("BRUSH", 40)]
    [InlineData("Orchestra Kit", 48)]
    public void Reads_drum_kit_names_with_or_without_kit(string name, int program)
    {
        Assert.True(GeneralMidi.TryParseKit(name, out var parsed));
        Assert.Equal(program, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("Tubluar Bells")]
    [InlineData("Piano")]
    [InlineData("Standard Kit")]
    [InlineData("15")]
    public void Does_not_read_what_is_not_an_instrument_name(string? name) =>
        Assert.False(GeneralMidi.TryParseProgram(name, out _));

    [Theory]
    [InlineData("Tubular Bells")]
    [InlineData("Kit")]
    [InlineData("Standard Kit 2")]
    [InlineData("")]
    public void Does_not_read_what_is_not_a_kit_name(string name) =>
        Assert.False(GeneralMidi.TryParseKit(name, out _));

    [Fact]
    public void Names_all_128_programs_uniquely_from_Acoustic_Grand_Piano_to_Gunshot()
    {
        Assert.Equal(128, GeneralMidi.ProgramNames.Count);
        Assert.Equal("Acoustic Grand Piano", GeneralMidi.ProgramName(0));
        Assert.Equal("Gunshot", GeneralMidi.ProgramName(127));
        Assert.Equal(128, GeneralMidi.ProgramNames.Select(GeneralMidi.Key).Distinct().Count());
        Assert.All(GeneralMidi.ProgramNames.Select((name, program) => (name, program)), p =>
        {
            Assert.True(GeneralMidi.TryParseProgram(p.name, out var parsed));
            Assert.Equal(p.program, parsed);
        });
    }

    [Theory]
    [InlineData(1, 14, "Tubular Bells")]
    [InlineData(10, 0, "Standard Kit")]
    [InlineData(10, 25, "TR-808 Kit")]
    [InlineData(10, 12, "drum kit 13")]
    [InlineData(2, 0, "Acoustic Grand Piano")]
    public void Describes_a_program_as_its_channel_plays_it(int channel, int program, string name) =>
        Assert.Equal(name, GeneralMidi.Describe(channel, program));

    [Theory]
    [InlineData("Tubluar Bells", "Tubular Bells")]
    [InlineData("celeste", "Celesta")]
    [InlineData("synth bas 1", "Synth Bass 1")]
    [InlineData("Electric Bass fingr", "Electric Bass (finger)")]
    [InlineData("vioiln", "Violin")]
    [InlineData("Helicopterr", "Helicopter")]
    [InlineData("kazoo", null)]
    public void Suggests_the_nearest_instrument_for_a_typo(string typed, string? nearest) =>
        Assert.Equal(nearest, GeneralMidi.NearestProgram(typed));

    [Theory]
    [InlineData("Standrd Kit", "Standard Kit")]
    [InlineData("TR-909", "TR-808 Kit")]
    [InlineData("jaz", "Jazz Kit")]
    [InlineData("Orchestral", "Orchestra Kit")]
    [InlineData("cowbell collection", null)]
    public void Suggests_the_nearest_kit_for_a_typo(string typed, string? nearest) =>
        Assert.Equal(nearest, GeneralMidi.NearestKit(typed));
}
