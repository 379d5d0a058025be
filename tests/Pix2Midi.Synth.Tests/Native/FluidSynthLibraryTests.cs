using Pix2Midi.Synth.Native;
using Pix2Midi.Synth.Realtime;

namespace Pix2Midi.Synth.Tests.Native;

[Collection(DisabledCollection.Name)]
public sealed class FluidSynthLibraryTests
{
    [Fact]
    public void The_library_loads_as_version_2()
    {
        Assert.Null(FluidSynthLibrary.Load());
        Assert.StartsWith("2.", FluidSynthLibrary.Version);
        Assert.Equal("libfluidsynth.so.3", FluidSynthLibrary.FileName);
    }

    [Fact]
    public void Turned_off_it_acts_as_missing_with_one_line_saying_what_to_install()
    {
        Environment.SetEnvironmentVariable(FluidSynthLibrary.DisableVariable, "1");
        try
        {
            var line = FluidSynthLibrary.Load();
            var e = Assert.Throws<SynthException>(() => Synthesizer.Create());
            var drivers = Assert.Throws<SynthException>(AudioDrivers.Available);

            Assert.Equal(
                "FluidSynth 2 is not installed (libfluidsynth.so.3 was not found): on Debian/Ubuntu: sudo apt install libfluidsynth3; on macOS: brew install fluid-synth; on Windows: download FluidSynth's release and put its bin folder on PATH",
                line);
            Assert.Equal(line, e.Message);
            Assert.Equal(line, drivers.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(FluidSynthLibrary.DisableVariable, null);
        }

        Assert.Null(FluidSynthLibrary.Load());
    }

    [Fact]
    public void Zero_does_not_turn_it_off()
    {
        Environment.SetEnvironmentVariable(FluidSynthLibrary.DisableVariable, "0");
        try
        {
            Assert.Null(FluidSynthLibrary.Load());
        }
        finally
        {
            Environment.SetEnvironmentVariable(FluidSynthLibrary.DisableVariable, null);
        }
    }

    [Fact]
    public void The_drivers_this_FluidSynth_has_are_listed()
    {
        var drivers = AudioDrivers.Available();

        Assert.Contains("jack", drivers);
        Assert.Contains("file", drivers);
        Assert.Equal(drivers.Order(StringComparer.Ordinal), drivers);
        Assert.Contains(AudioDrivers.Default(), drivers);
    }
}
