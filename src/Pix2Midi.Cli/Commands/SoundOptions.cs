using System.CommandLine;
using Pix2Midi.Cli.Playback;

namespace Pix2Midi.Cli.Commands;

/// <summary>The <c>--synth</c>, <c>--soundfont</c> and <c>--audio-driver</c> options shared by <c>run</c> and <c>live</c>.</summary>
internal sealed record SoundOptions(Option<bool> Synth, Option<string?> SoundFont, Option<string?> AudioDriver)
{
    public static SoundOptions Create() => new(
        new Option<bool>("--synth")
        {
            Description = "Play through Pix2Midi's built-in synthesizer (FluidSynth) to the computer's audio output, besides any --port. Without a MIDI port this is the default when an audio output works.",
        },
        SoundFontOption(),
        new Option<string?>("--audio-driver")
        {
            Description = "FluidSynth's audio driver for --synth: jack, pulseaudio, pipewire, alsa, coreaudio, wasapi, dsound… Default: what FluidSynth picks on this system (or PIX2MIDI_AUDIO_DRIVER).",
            HelpName = "NAME",
        });

    /// <summary>The <c>--soundfont</c> option, shared with <c>render</c>.</summary>
    public static Option<string?> SoundFontOption() => new("--soundfont")
    {
        Description = "The SoundFont (.sf2, .sf3) the synthesizer plays. Default: an installed General MIDI SoundFont, else Pix2Midi's own small one.",
        HelpName = "FILE.sf2",
    };

    /// <summary>What was asked of the synthesizer.</summary>
    public SoundRequest Read(ParseResult parse) => new(parse.GetValue(Synth), parse.GetValue(SoundFont), parse.GetValue(AudioDriver));
}
