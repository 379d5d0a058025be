using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Playback;

/// <summary>One entry of the queue between the analysis thread and the clock thread, reused forever.</summary>
internal sealed class FrameSlot(int capacity)
{
    public FrameSlotKind Kind { get; set; }

    /// <summary>Video time (across loops) at which the events sound.</summary>
    public TimeSpan Time { get; set; }

    public NoteEvent[] Events { get; set; } = new NoteEvent[Math.Max(1, capacity)];

    public int Count { get; set; }

    public Exception? Error { get; set; }
}
