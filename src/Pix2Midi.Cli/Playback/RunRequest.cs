using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Playback;

/// <summary>What the user asked <c>pix2midi run</c> for.</summary>
/// <param name="Video">The video path as typed.</param>
/// <param name="Mapping">A mapping path or bundled name, or null for the default.</param>
/// <param name="Ports">The <c>--port</c> values.</param>
/// <param name="Virtual">The <c>--virtual</c> name: null when not given, empty for the default name.</param>
/// <param name="Record">The <c>--record</c> MIDI file, or null.</param>
/// <param name="Stats">The <c>--stats</c> JSON file, or null.</param>
/// <param name="Loop">Play again from the start until stopped.</param>
/// <param name="ShowStatus">Whether a status line may be drawn (only ever on a terminal).</param>
/// <param name="Decoder">Which decoder reads the video (<c>--decoder</c>).</param>
/// <param name="Sound">What was asked of the built-in synthesizer; null as <see cref="SoundRequest.None"/>.</param>
/// <param name="Clock">Send the MIDI clock to every MIDI port (<c>--clock</c>).</param>
internal sealed record RunRequest(string Video, string? Mapping, IReadOnlyList<string> Ports, string? Virtual, string? Record, string? Stats, bool Loop, bool ShowStatus, VideoDecoder Decoder = VideoDecoder.Auto, SoundRequest? Sound = null, bool Clock = false);
