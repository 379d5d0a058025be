using Pix2Midi.Core.Events;
using Pix2Midi.Synth.SoundFonts;

namespace Pix2Midi.Synth.Tests;

public sealed class SynthesizerTests
{
    [ToolFact("fluidsynth")]
    public void FluidR3_is_described_as_General_MIDI_with_its_kits()
    {
        using var synth = Synthesizer.Create(FluidR3.Require());

        var font = synth.SoundFont!;
        Assert.Equal("FluidR3_GM.sf2 (General MIDI)", font.Description);
        Assert.True(font.IsGeneralMidi);
        Assert.Equal(128, font.GeneralMidiPrograms);
        Assert.True(font.Has(PresetNumber.DrumBank, DrumKits.Tr808));
        Assert.False(string.IsNullOrEmpty(font.NameOf(0, 0)));
        Assert.Equal("Fluid R3 GM", font.Header.Title);
    }

    [Fact]
    public void A_small_font_says_how_much_of_General_MIDI_it_has_and_what_a_run_misses()
    {
        using var dir = new TempDirectory();
        using var synth = Synthesizer.Create(TestSoundFont.Write(dir.File("square.sf2")));
        var font = synth.SoundFont!;
        NoteEvent[] events =
        [
            NoteEvent.NoteOn(TimeSpan.Zero, 0, 60, 100),
            NoteEvent.ProgramChange(TimeSpan.FromSeconds(1), 0, 48),
            NoteEvent.NoteOn(TimeSpan.FromSeconds(1), 0, 60, 100),
            NoteEvent.ProgramChange(TimeSpan.FromSeconds(1), DrumKits.Channel, DrumKits.Tr808),
            NoteEvent.NoteOn(TimeSpan.FromSeconds(1), DrumKits.Channel, 38, 100),
            NoteEvent.ProgramChange(TimeSpan.FromSeconds(2), 3, 7),
        ];

        Assert.Equal("square.sf2 (1 of 128 General MIDI programs, 1 drum kit)", font.Description);
        Assert.Equal([new SoundFontPreset(0, 0, "Square Lead"), new SoundFontPreset(128, 0, "Square Kit")], font.Presets);
        Assert.Equal([new PresetNumber(0, 48), new PresetNumber(128, 25)], font.MissingFor(events));
        Assert.Equal("128:25", new PresetNumber(128, 25).ToString());
    }

    [ToolFact("fluidsynth")]
    public void A_program_change_on_the_drum_channel_selects_another_kit()
    {
        using var synth = Synthesizer.Create(FluidR3.Require(), new SynthOptions { Reverb = false, Chorus = false });

        var standard = Hit(synth, DrumKits.Channel, DrumKits.Standard, key: 38);
        var tr808 = Hit(synth, DrumKits.Channel, DrumKits.Tr808, key: 38);
        var standardAgain = Hit(synth, DrumKits.Channel, DrumKits.Standard, key: 38);

        Assert.True(Audio.Peak(standard, 2, 0, 9600) > 0.01f);
        Assert.True(Audio.Peak(tr808, 2, 0, 9600) > 0.01f);
        Assert.True(Difference(standard, tr808) > 0.1 * Energy(standard), "the TR-808 snare sounded like the standard one");
        Assert.True(Difference(standard, standardAgain) < 1e-3 * Energy(standard), "the same kit sounded different twice");
    }

    [ToolFact("fluidsynth")]
    public void A_program_change_on_a_melodic_channel_selects_another_instrument()
    {
        using var synth = Synthesizer.Create(FluidR3.Require(), new SynthOptions { Reverb = false, Chorus = false });

        var piano = Hit(synth, 0, 0, key: 60);
        var strings = Hit(synth, 0, 48, key: 60);

        Assert.True(Difference(piano, strings) > 0.1 * Energy(piano));
        Assert.Equal(0, synth.RefusedNoteOns);
    }

    [Fact]
    public void A_note_on_channel_without_a_preset_is_counted_not_thrown()
    {
        using var dir = new TempDirectory();
        using var synth = Synthesizer.Create(TestSoundFont.Write(dir.File("square.sf2")));

        synth.Apply(NoteEvent.ProgramChange(TimeSpan.Zero, 2, 128));
        synth.Apply(NoteEvent.NoteOn(TimeSpan.Zero, 2, 60, 100));
        synth.Apply(NoteEvent.NoteOff(TimeSpan.Zero, 5, 60));

        Assert.Equal(1, synth.RefusedNoteOns);
    }

    [Fact]
    public void All_sounds_off_silences_at_once_and_all_notes_off_lets_notes_fade()
    {
        using var dir = new TempDirectory();
        var font = TestSoundFont.Write(dir.File("square.sf2"));
        var dry = new SynthOptions { Reverb = false, Chorus = false };
        var buffer = new float[2 * 4800];

        using (var synth = Synthesizer.Create(font, dry))
        {
            synth.Apply(NoteEvent.NoteOn(TimeSpan.Zero, 0, 69, 100));
            synth.Render(buffer);
            synth.AllSoundsOff();
            synth.Render(buffer);
            Assert.True(Audio.LastAbove(buffer, 2, 1e-6f) < 64, "sound went on after all sounds off");
        }

        using (var synth = Synthesizer.Create(font, dry))
        {
            synth.Apply(NoteEvent.NoteOn(TimeSpan.Zero, 0, 69, 100));
            synth.Render(buffer);
            synth.AllNotesOff();
            synth.Render(buffer);
            // The 10 ms release: sound for a while, then silence.
            Assert.InRange(Audio.LastAbove(buffer, 2, 1e-6f), 64, 2400);
        }
    }

    [Fact]
    public void Settings_out_of_range_are_refused_in_one_line()
    {
        var e = Assert.Throws<SynthException>(() => Synthesizer.Create(new SynthOptions { SampleRate = 200_000 }));
        Assert.Equal("FluidSynth refused synth.sample-rate = 200000: it takes a sample rate of 8000 to 96000", e.Message);
    }

    /// <summary>One second of a note struck at velocity 110 after a program change, then silence restored.</summary>
    private static float[] Hit(Synthesizer synth, int channel, int program, int key)
    {
        var buffer = new float[2 * 48000];
        synth.Apply(NoteEvent.ProgramChange(TimeSpan.Zero, channel, program));
        synth.Apply(NoteEvent.NoteOn(TimeSpan.Zero, channel, key, 110));
        synth.Render(buffer);
        synth.Apply(NoteEvent.NoteOff(TimeSpan.Zero, channel, key));
        synth.AllSoundsOff();
        synth.Render(new float[2 * 4800]);
        return buffer;
    }

    private static double Energy(float[] a) => a.Sum(x => (double)x * x);

    private static double Difference(float[] a, float[] b) => a.Zip(b, (x, y) => (double)(x - y) * (x - y)).Sum();
}
