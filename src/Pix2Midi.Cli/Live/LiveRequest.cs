using Pix2Midi.Cli.Playback;

namespace Pix2Midi.Cli.Live;

/// <summary>What the user asked <c>pix2midi live</c> for.</summary>
/// <param name="Camera">The <c>--camera</c> value (index or name), or null.</param>
/// <param name="Source">The <c>--source</c> URL, or null.</param>
/// <param name="Mapping">A mapping path or bundled name, or null for the default.</param>
/// <param name="Ports">The <c>--port</c> values.</param>
/// <param name="Virtual">The <c>--virtual</c> name: null when not given, empty for the default name.</param>
/// <param name="Record">The <c>--record</c> MIDI file, or null.</param>
/// <param name="Stats">The <c>--stats</c> JSON file, or null.</param>
/// <param name="Preview">Whether to show the preview window.</param>
/// <param name="GiveUpAfter">End the run after this long without a picture; null retries for ever.</param>
/// <param name="ShowStatus">Whether a status line may be drawn (only ever on a terminal).</param>
/// <param name="Sound">What was asked of the built-in synthesizer; null as <see cref="SoundRequest.None"/>.</param>
/// <param name="Clock">Send the MIDI clock to every MIDI port (<c>--clock</c>).</param>
internal sealed record LiveRequest(
    string? Camera,
    string? Source,
    string? Mapping,
    IReadOnlyList<string> Ports,
    string? Virtual,
    string? Record,
    string? Stats,
    bool Preview,
    TimeSpan? GiveUpAfter,
    bool ShowStatus,
    SoundRequest? Sound = null,
    bool Clock = false);
