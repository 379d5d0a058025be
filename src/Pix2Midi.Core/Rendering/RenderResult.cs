using Pix2Midi.Core.Events;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Rendering;

/// <summary>What an offline render produced.</summary>
/// <param name="Events">Every event in time order; each note-on has its note-off.</param>
/// <param name="Frames">Frames decoded and analysed.</param>
/// <param name="Duration">The video's length: the last frame's time plus one frame.</param>
/// <param name="TimeBase">The MIDI file time base that puts every frame on a whole tick.</param>
/// <param name="FrameExact">
/// Whether every frame time is an exact tick of <see cref="TimeBase"/> (false only for timestamps
/// no MIDI resolution can hold exactly; they are then rounded to the nearest tick, under 9 µs).
/// </param>
/// <param name="Notes">How many notes were played (note-ons).</param>
public sealed record RenderResult(IReadOnlyList<NoteEvent> Events, long Frames, TimeSpan Duration, SmfTimeBase TimeBase, bool FrameExact, long Notes);
