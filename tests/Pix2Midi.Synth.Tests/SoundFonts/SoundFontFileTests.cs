using Pix2Midi.Synth.SoundFonts;

namespace Pix2Midi.Synth.Tests.SoundFonts;

/// <summary>Each way a SoundFont path can be wrong, one line each, naming the file.</summary>
public sealed class SoundFontFileTests
{
    [Fact]
    public void A_missing_file_says_so()
    {
        using var dir = new TempDirectory();
        var path = dir.File("nowhere.sf2");

        var e = Assert.Throws<SynthException>(() => Synthesizer.Create(path));

        Assert.Equal($"SoundFont {path} does not exist: give an .sf2 SoundFont (or an .sf3 one)", e.Message);
    }

    [Fact]
    public void A_text_file_named_sf2_is_not_a_SoundFont()
    {
        using var dir = new TempDirectory();
        var path = dir.File("notes.sf2");
        File.WriteAllText(path, "these are not samples\n");

        var e = Assert.Throws<SynthException>(() => Synthesizer.Create(path));

        Assert.Equal($"{path} is not a SoundFont (it does not start with RIFF 'sfbk'): give an .sf2 SoundFont (or an .sf3 one)", e.Message);
    }

    [Fact]
    public void A_folder_is_not_a_SoundFont()
    {
        using var dir = new TempDirectory();

        var e = Assert.Throws<SynthException>(() => Synthesizer.Create(dir.Path));

        Assert.Equal($"{dir.Path} is a folder, not a SoundFont: give an .sf2 SoundFont (or an .sf3 one)", e.Message);
    }

    [Fact]
    public void A_SoundFont_of_version_1_is_refused()
    {
        using var dir = new TempDirectory();
        var path = TestSoundFont.Write(dir.File("old.sf2"), ifilMajor: 1);

        var e = Assert.Throws<SynthException>(() => Synthesizer.Create(path));

        Assert.Equal($"{path} is a SoundFont of version 1.1, which FluidSynth does not load: give an .sf2 SoundFont (or an .sf3 one)", e.Message);
    }

    [Fact]
    public void A_damaged_SoundFont_gives_FluidSynths_reason()
    {
        using var dir = new TempDirectory();
        var bytes = TestSoundFont.Build();
        var path = dir.File("cut.sf2");
        File.WriteAllBytes(path, bytes[..(bytes.Length - 200)]);

        var e = Assert.Throws<SynthException>(() => Synthesizer.Create(path));

        Assert.StartsWith($"SoundFont {path} could not be loaded (", e.Message);
        Assert.EndsWith("): it may be damaged; give an .sf2 SoundFont (or an .sf3 one)", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain("FluidSynth gave no reason", e.Message);
    }

    [Fact]
    public void An_SF3_that_does_not_load_names_what_FluidSynth_needs()
    {
        var header = new SoundFontHeader(SoundFontKind.Sf3, 3, 1, "MuseScore General");

        var line = SoundFontFile.LoadFailed("/fonts/ms.sf3", header, "Unsupported sample type");

        Assert.Equal("/fonts/ms.sf3 is an SF3 (compressed) SoundFont and FluidSynth could not load it (Unsupported sample type): SF3 (compressed) SoundFont needs a FluidSynth built with libsndfile; use an .sf2 SoundFont instead", line);
    }

    [Fact]
    public void The_header_gives_kind_version_and_name()
    {
        Assert.Equal(new SoundFontHeader(SoundFontKind.Sf2, 2, 1, "Pix2Midi Test Square"), SoundFontFile.Parse(TestSoundFont.Build()));
        Assert.Equal(SoundFontKind.Sf3, SoundFontFile.Parse(TestSoundFont.Build(ifilMajor: 3))!.Kind);
        Assert.Equal(SoundFontKind.Dls, SoundFontFile.Parse("RIFF\0\0\0\0DLS colh"u8)!.Kind);
        Assert.Null(SoundFontFile.Parse("RIFF\0\0\0\0WAVEfmt "u8));
        Assert.Null(SoundFontFile.Parse("MThd"u8));
    }

    [ToolFact("fluidsynth")]
    public void The_system_General_MIDI_font_is_found_first_and_the_bundled_one_is_the_fallback()
    {
        FluidR3.Require();
        using var dir = new TempDirectory();
        var bundled = TestSoundFont.Write(dir.File("bundled.sf2"));

        Assert.StartsWith("/usr/share/sounds/sf2/", SoundFontLocator.FindGeneralMidi(bundled));
        Assert.Equal("/my/own.sf2", SoundFontLocator.Resolve("/my/own.sf2", bundled));
        Assert.Equal(SoundFontLocator.FindGeneralMidi(), SoundFontLocator.Resolve(null));
    }
}
