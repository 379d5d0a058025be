namespace Pix2Midi.Video.Files;

/// <summary>What a <see cref="FrameStamp"/> stands for.</summary>
internal enum FrameStampKind
{
    /// <summary>A frame, with its time.</summary>
    Frame,

    /// <summary>A packet the decoder could not decode.</summary>
    Failure,

    /// <summary>A frame of another size than the pipe carries.</summary>
    Resized,
}
