namespace Pix2Midi.Cli.Mappings;

/// <summary>What the user asked <c>pix2midi mapping preview</c> for.</summary>
/// <param name="Mapping">A mapping path or bundled name.</param>
/// <param name="Video">The video.</param>
/// <param name="At">The time as typed, or null for the middle of the video.</param>
/// <param name="Output">The PNG to write, or null for the video's name with <c>-preview.png</c>.</param>
/// <param name="Decoder">The decoder that reads the video, as <c>render</c> chooses it.</param>
internal sealed record PreviewRequest(string Mapping, string Video, string? At, string? Output, Pix2Midi.Video.Files.VideoDecoder Decoder = Pix2Midi.Video.Files.VideoDecoder.Auto);
