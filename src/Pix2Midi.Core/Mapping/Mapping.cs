using System.Collections.Immutable;

namespace Pix2Midi.Core.Mapping;

/// <summary>A loaded, validated mapping: the regions of the frame and the notes they play.</summary>
/// <param name="Name">A short title.</param>
/// <param name="Description">What it is for and how it sounds.</param>
/// <param name="Source">The file it came from, for messages.</param>
/// <param name="Regions">Every region, grids expanded into their cells.</param>
public sealed record Mapping(string Name, string Description, string Source, ImmutableArray<MappedRegion> Regions)
{
    /// <summary>Bounds on the notes of the whole mapping: polyphony, notes per second, thinning.</summary>
    public NoteLimits Limits { get; init; } = NoteLimits.None;

    /// <summary>
    /// The instruments chosen per channel (<c>instruments</c> in the file), by ascending channel;
    /// empty when the mapping leaves every channel as the receiver has it.
    /// </summary>
    /// <remarks>The engine sends each as a program change before the first frame's other events, and again when a reload changes it.</remarks>
    public ImmutableArray<MappedInstrument> Instruments { get; init; } = [];

    /// <summary>The tempo and the grid notes move to (<c>tempo</c>, <c>quantize</c>, <c>swing</c>): 120 BPM and frame-exact unless set.</summary>
    public Music.MusicalTime Time { get; init; } = Music.MusicalTime.Default;

    /// <summary>Whether any region reads colour: the frame source must then hand on its chroma planes.</summary>
    public bool NeedsColour => Regions.Any(r => r.ReadsColour);

    /// <summary>The planes a source must give for this mapping.</summary>
    public Frames.FramePlanes Planes => NeedsColour ? Frames.FramePlanes.Colour : Frames.FramePlanes.Luma;

    /// <summary>The MIDI channels (1–16) the regions play on (notes or controllers), ascending.</summary>
    public IReadOnlyList<int> Channels => [.. Regions.Select(r => r.Channel).Distinct().Order()];
}
