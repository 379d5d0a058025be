using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Streams;

/// <summary>How long a stream may keep Pix2Midi waiting, and which planes its frames carry.</summary>
public sealed record StreamOptions
{
    /// <summary>
    /// Whether frames carry colour (<see cref="VideoFrame.Chroma"/>): <see cref="FramePlanes.Colour"/>
    /// for a mapping that reads colour (<c>Mapping.Planes</c>) and for pictures shown in colour.
    /// </summary>
    public FramePlanes Planes { get; init; } = FramePlanes.Luma;

    /// <summary>From starting <c>ffmpeg</c> to the first picture: a URL that does not answer fails after this.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Between pictures: a stream that sends nothing for this long counts as stalled and is closed.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
