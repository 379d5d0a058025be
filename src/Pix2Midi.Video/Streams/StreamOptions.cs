namespace Pix2Midi.Video.Streams;

/// <summary>How long a stream may keep Pix2Midi waiting.</summary>
public sealed record StreamOptions
{
    /// <summary>From starting <c>ffmpeg</c> to the first picture: a URL that does not answer fails after this.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Between pictures: a stream that sends nothing for this long counts as stalled and is closed.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
