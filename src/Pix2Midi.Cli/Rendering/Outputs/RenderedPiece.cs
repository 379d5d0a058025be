using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Cli.Rendering.Outputs;

/// <summary>What a render made, as every output of it needs it.</summary>
/// <param name="Video">The video's path as typed.</param>
/// <param name="Info">The video's size, rate and length.</param>
/// <param name="Mapping">The mapping that played it.</param>
/// <param name="Result">The events, in time order, with the MIDI time base and the video's length.</param>
internal sealed record RenderedPiece(string Video, VideoInfo Info, Mapping Mapping, RenderResult Result)
{
    /// <summary>The name a file made of this piece carries (the MIDI file's sequence name, the soundtrack's title).</summary>
    public string Title => $"{(string.IsNullOrEmpty(Mapping.Name) ? "Pix2Midi" : Mapping.Name)}: {Path.GetFileName(Video)}";
}
