using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Outputs;

public class PortSelectorTests
{
    private static readonly FakeBackend Jack = new("jack", true, true, "midi-monitor:input", "fluidsynth:midi_00");
    private static readonly FakeBackend Alsa = new("alsa", true, true, "Midi Through:Midi Through Port-0", "FLUID Synth (1234):Synth input port (1234:0)");
    private static readonly FakeBackend WinMM = new("winmm", true, false, "Microsoft GS Wavetable Synth", "loopMIDI Port");

    [Theory]
    [InlineData("loopMIDI Port", "winmm:loopMIDI Port")]
    [InlineData("loopmidi port", "winmm:loopMIDI Port")]
    [InlineData("loopMIDI", "winmm:loopMIDI Port")]
    [InlineData("winmm:loopMIDI Port", "winmm:loopMIDI Port")]
    [InlineData("WINMM:loopmidi", "winmm:loopMIDI Port")]
    public void Finds_a_port_by_name_ignoring_case(string requested, string expected)
    {
        var choice = PortSelector.Choose([WinMM], [requested], null);

        Assert.Equal(expected, Assert.Single(choice.Ports).Port.QualifiedName);
        Assert.Null(choice.Note);
    }

    [Fact]
    public void A_backend_prefix_picks_the_backend_and_the_rest_is_the_name_even_with_colons()
    {
        var choice = PortSelector.Choose([Alsa, Jack], ["jack:midi-monitor:input"], null);

        Assert.Equal("jack:midi-monitor:input", Assert.Single(choice.Ports).Port.QualifiedName);
    }

    [Fact]
    public void A_name_with_a_colon_that_is_not_a_backend_is_all_name()
    {
        var choice = PortSelector.Choose([Alsa, Jack], ["fluidsynth:midi_00"], null);

        Assert.Equal("jack", Assert.Single(choice.Ports).Backend.Name);
    }

    [Fact]
    public void Several_ports_may_be_named()
    {
        var choice = PortSelector.Choose([Alsa, Jack], ["midi-monitor", "FLUID Synth"], null);

        Assert.Equal(["jack:midi-monitor:input", "alsa:FLUID Synth (1234):Synth input port (1234:0)"], choice.Ports.Select(p => p.Port.QualifiedName));
    }

    [Fact]
    public void No_match_lists_the_ports_there_are()
    {
        var error = Assert.Throws<MidiOutputException>(() => PortSelector.Choose([WinMM], ["Ableton"], null));

        Assert.Equal("--port Ableton: no MIDI output has that name. There are: winmm:Microsoft GS Wavetable Synth, winmm:loopMIDI Port.", error.Message);
    }

    [Fact]
    public void Several_matches_list_them_and_suggest_a_prefix()
    {
        var error = Assert.Throws<MidiOutputException>(() => PortSelector.Choose([Alsa, Jack], ["synth"], null));

        Assert.Contains("2 outputs match (alsa:FLUID Synth (1234):Synth input port (1234:0), jack:fluidsynth:midi_00)", error.Message);
    }

    [Fact]
    public void With_no_backend_running_the_error_says_why_for_each()
    {
        var error = Assert.Throws<MidiOutputException>(() => PortSelector.Choose([new FakeBackend("alsa", false, true), new FakeBackend("jack", false, true)], ["x"], null));

        Assert.Equal("--port x: no MIDI output has that name. There are no MIDI outputs here (alsa: alsa is not running; jack: jack is not running).", error.Message);
    }

    [Fact]
    public void A_prefix_naming_an_unavailable_backend_says_why()
    {
        var error = Assert.Throws<MidiOutputException>(() => PortSelector.Choose([new FakeBackend("jack", false, true)], ["jack:x"], null));

        Assert.Equal("--port jack:x: jack is not available here: jack is not running", error.Message);
    }

    [Fact]
    public void With_nothing_named_the_only_real_port_is_used_and_the_user_is_told()
    {
        var choice = PortSelector.Choose([WinMM], [], null);

        Assert.Equal("winmm:loopMIDI Port", Assert.Single(choice.Ports).Port.QualifiedName);
        Assert.StartsWith("Playing to winmm:loopMIDI Port, the only MIDI output here", choice.Note);
    }

    [Fact]
    public void With_nothing_named_and_several_ports_a_virtual_port_is_made_where_possible()
    {
        var choice = PortSelector.Choose([Jack], [], null);

        Assert.Empty(choice.Ports);
        Assert.Same(Jack, choice.Virtual);
        Assert.Equal("Pix2Midi", choice.VirtualName);
        Assert.Contains("created the virtual port jack:Pix2Midi", choice.Note);
    }

    [Fact]
    public void With_nothing_named_and_nothing_there_the_console_monitor_shows_the_notes_with_a_hint()
    {
        var choice = PortSelector.Choose([new FakeBackend("alsa", false, true), new FakeBackend("jack", false, true)], [], null);

        Assert.True(choice.Console);
        Assert.Empty(choice.Ports);
        Assert.Null(choice.Virtual);
        Assert.Contains("No MIDI port found", choice.Note);
        Assert.Contains("Connecting a MIDI port", choice.Note);
    }

    [Fact]
    public void A_backend_without_advice_and_only_an_os_synth_shows_notes_in_the_console()
    {
        var choice = PortSelector.Choose([new FakeBackend("winmm", true, false, "Microsoft GS Wavetable Synth")], [], null);

        Assert.True(choice.Console);
        Assert.Empty(choice.Ports);
    }

    [Fact]
    public void Windows_with_only_its_own_synth_plays_to_it_and_says_how_to_reach_a_daw()
    {
        var winmm = new FakeBackend("winmm", true, false, "Microsoft GS Wavetable Synth") { NoOutputsAdvice = "Install loopMIDI." };

        var choice = PortSelector.Choose([winmm], [], null);

        Assert.Equal("winmm:Microsoft GS Wavetable Synth", Assert.Single(choice.Ports).Port.QualifiedName);
        Assert.False(choice.Console);
        Assert.Equal("Playing to winmm:Microsoft GS Wavetable Synth, Windows' own synth, the only MIDI output here. Install loopMIDI.", choice.Note);
    }

    [Fact]
    public void With_loopmidi_installed_the_windows_synth_is_not_chosen_and_no_advice_is_given()
    {
        var winmm = new FakeBackend("winmm", true, false, "Microsoft GS Wavetable Synth", "loopMIDI Port") { NoOutputsAdvice = "Install loopMIDI." };

        var choice = PortSelector.Choose([winmm], [], null);

        Assert.Equal("winmm:loopMIDI Port", Assert.Single(choice.Ports).Port.QualifiedName);
        Assert.DoesNotContain("Install loopMIDI.", choice.Note, StringComparison.Ordinal);
        Assert.Null(PortSelector.Advice(winmm, winmm.ListOutputs()));
    }

    [Fact]
    public void Windows_with_no_output_at_all_shows_notes_here_and_says_to_install_loopmidi()
    {
        var winmm = new FakeBackend("winmm", true, false) { NoOutputsAdvice = "Install loopMIDI." };

        var choice = PortSelector.Choose([winmm], [], null);
        var error = Assert.Throws<MidiOutputException>(() => PortSelector.Choose([winmm], ["loopMIDI"], null));

        Assert.True(choice.Console);
        Assert.Equal("No MIDI port found, so the notes are shown here. Install loopMIDI.", choice.Note);
        Assert.Equal("--port loopMIDI: no MIDI output has that name. There are no MIDI outputs here (winmm: no outputs). Install loopMIDI.", error.Message);
    }

    [Fact]
    public void Winmm_advises_loopmidi_and_how_to_set_it_up()
    {
        IMidiBackend winmm = new Pix2Midi.Midi.Backends.WinMM.WinMMBackend();

        Assert.Contains("install loopMIDI", winmm.NoOutputsAdvice, StringComparison.Ordinal);
        Assert.Contains("--port \"loopMIDI Port\"", winmm.NoOutputsAdvice, StringComparison.Ordinal);
        Assert.Null(((IMidiBackend)new FakeBackend("alsa", true, true)).NoOutputsAdvice);
    }

    [Theory]
    [InlineData("", "Pix2Midi")]
    [InlineData("Video Notes", "Video Notes")]
    public void Virtual_uses_the_first_backend_that_can_make_one(string name, string expected)
    {
        var choice = PortSelector.Choose([new FakeBackend("alsa", false, true), Jack], [], name);

        Assert.Same(Jack, choice.Virtual);
        Assert.Equal(expected, choice.VirtualName);
    }

    [Fact]
    public void Virtual_on_windows_explains_loopMIDI()
    {
        var error = Assert.Throws<MidiOutputException>(() => PortSelector.Choose([WinMM], [], ""));

        Assert.Contains("loopMIDI", error.Message);
    }
}
