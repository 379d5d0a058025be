using Pix2Midi.Core.Analysis;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>How <see cref="VideoFiles.Open(string, VideoFileOptions, CancellationToken)"/> opens a video file.</summary>
public sealed record VideoFileOptions
{
    /// <summary>Which decoder reads the file.</summary>
    public VideoDecoder Decoder { get; init; } = VideoDecoder.Auto;

    /// <summary>
    /// Whether frames carry colour (<see cref="VideoFrame.Chroma"/>): <see cref="FramePlanes.Colour"/>
    /// for a mapping that reads colour (<c>Mapping.Planes</c>) and for pictures shown in colour.
    /// </summary>
    public FramePlanes Planes { get; init; } = FramePlanes.Luma;

    /// <summary>
    /// The parts of the frame the caller will read (a mapping's regions), or null for all of it.
    /// </summary>
    /// <remarks>
    /// The <c>ffmpeg</c> decoder then pipes only the rows from the highest region's top to the
    /// lowest one's bottom, and leaves the rows outside black (0): those bytes are what a render
    /// pays for most (see <c>docs/decisions/0010-file-decoding-through-ffmpeg.md</c>). Inside the
    /// rows, every value is the same as without it. The OpenCV decoder always gives the whole
    /// frame, and so does the <c>ffmpeg</c> decoder with <see cref="FramePlanes.Colour"/> (see
    /// <c>docs/decisions/0018-colour-from-the-decoder.md</c>). Do not set it where the whole
    /// picture is shown (previews).
    /// </remarks>
    public IReadOnlyList<NormalizedRect>? Regions { get; init; }
}
