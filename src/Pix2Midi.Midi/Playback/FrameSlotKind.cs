namespace Pix2Midi.Midi.Playback;

/// <summary>What a slot of the player's queue holds.</summary>
internal enum FrameSlotKind
{
    /// <summary>An analysed frame and its events.</summary>
    Frame,

    /// <summary>The end of one pass through the video: the note-offs of notes still sounding.</summary>
    EndOfPass,

    /// <summary>No more frames.</summary>
    Finished,

    /// <summary>The source failed; see <see cref="FrameSlot.Error"/>.</summary>
    Failed,
}
