using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>A video file's frames, whichever decoder reads them.</summary>
/// <remarks>
/// Both decoders give the same luma and the same timestamps for the same file (see
/// <c>docs/decisions/0010-file-decoding-through-ffmpeg.md</c>): the container's presentation
/// times, the first frame at zero, repaired by the same rules; luma as the stream stores it.
/// Frames the decoder cannot decode are skipped, counted in <see cref="SkippedFrames"/>, and the
/// frames after them keep their own times.
/// </remarks>
public interface IVideoFileSource : IFrameSource
{
    /// <summary>Which decoder this is, for summaries: <c>ffmpeg 5.1.9</c>, <c>OpenCV</c>.</summary>
    string Decoder { get; }

    /// <summary>
    /// <see langword="true"/> when luma is the decoder's own first plane; <see langword="false"/>
    /// when frames are converted from colour (RGB, packed YUV, more than 8 bits).
    /// </summary>
    bool LumaFromDecoder { get; }

    /// <summary>The first frame's presentation time in the container, subtracted from every timestamp.</summary>
    TimeSpan StartOffset { get; }

    /// <summary>How many frames had a missing or out-of-order timestamp, replaced by the previous one plus a frame.</summary>
    int RepairedTimestamps { get; }

    /// <summary>How many frames have been handed out.</summary>
    long FramesRead { get; }

    /// <summary>How many damaged frames the decoder could not decode and skipped so far.</summary>
    int SkippedFrames { get; }

    /// <summary>Where the skipped frames were, in video time, neighbouring ones together.</summary>
    IReadOnlyList<SkippedSpan> SkippedSpans();
}
