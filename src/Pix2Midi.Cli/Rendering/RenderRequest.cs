using Pix2Midi.Video.Files;

namespace Pix2Midi.Cli.Rendering;

/// <summary>What the user asked <c>pix2midi render</c> for.</summary>
/// <param name="Video">The video path as typed.</param>
/// <param name="Mapping">A mapping path or bundled name, or null for the default.</param>
/// <param name="Output">The MIDI file path, or null for the default.</param>
/// <param name="ShowProgress">Whether a progress bar may be drawn (only ever on a terminal).</param>
/// <param name="Roll">A PNG to draw the piano roll in, or null.</param>
/// <param name="Decoder">Which decoder reads the video (<c>--decoder</c>).</param>
internal sealed record RenderRequest(string Video, string? Mapping, string? Output, bool ShowProgress, string? Roll = null, VideoDecoder Decoder = VideoDecoder.Auto)
{
    /// <summary>The soundtrack to write (<c>--audio OUT.wav</c>), or null.</summary>
    public string? Audio { get; init; }

    /// <summary>The video with its soundtrack to write (<c>--video OUT.mp4</c>), or null.</summary>
    public string? VideoWithSound { get; init; }

    /// <summary>The soundtrack's sample rate (<c>--sample-rate</c>), in Hz.</summary>
    public int SampleRate { get; init; } = 48000;

    /// <summary>The SoundFont (<c>--soundfont</c>), or null for the default.</summary>
    public string? SoundFont { get; init; }
}
