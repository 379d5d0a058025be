namespace Pix2Midi.Cli.Playback;

/// <summary>What the user asked of the built-in synthesizer in <c>run</c> or <c>live</c>.</summary>
/// <param name="Synth"><c>--synth</c>: play through it, besides any port.</param>
/// <param name="SoundFont"><c>--soundfont</c>, or null for the default.</param>
/// <param name="AudioDriver"><c>--audio-driver</c>, or null for the default.</param>
internal sealed record SoundRequest(bool Synth, string? SoundFont, string? AudioDriver)
{
    /// <summary>Nothing asked: the synthesizer plays only when there is no MIDI port and an audio output works.</summary>
    public static SoundRequest None { get; } = new(false, null, null);
}
