namespace Pix2Midi.Video.Files;

/// <summary>Decides whether a video whose decoding ended has ended early.</summary>
/// <remarks>
/// A frame count short of the announced one is not proof on its own: OpenCV estimates the count
/// from duration × rate in containers without an index (Matroska, WebM, AVI without one), which is
/// wrong for variable-rate video, and an MP4 trimmed without re-encoding (<c>ffmpeg -ss … -c copy</c>)
/// announces frames its edit list hides. So a short count must be confirmed: by the container's
/// layout when it can be read (an ISO media file whose last box runs past the end of the file),
/// otherwise by the decoded frames ending well before the announced duration.
/// </remarks>
internal static class TruncationRule
{
    /// <summary>Whether <paramref name="decoded"/> frames fall clearly short of the <paramref name="announced"/> count.</summary>
    /// <remarks>Clearly: by more than 2 frames and more than 2 %, since counts can be estimates.</remarks>
    public static bool FallsShort(long decoded, long? announced) =>
        announced is > 0 && decoded < announced.Value - Math.Max(2, announced.Value / 50);

    /// <summary>Whether decoding stopped before the end of the video.</summary>
    /// <param name="decoded">Frames decoded.</param>
    /// <param name="announced">Frames the container announced, if any.</param>
    /// <param name="lastTimestamp">The presentation time of the last decoded frame, in the container's time (origin not removed).</param>
    /// <param name="announcedDuration">The duration the container announced, if any.</param>
    /// <param name="frameDuration">One nominal frame duration.</param>
    /// <param name="containerEndsEarly">
    /// What the container's layout says: <see langword="true"/> when it is cut short,
    /// <see langword="false"/> when it is whole, <see langword="null"/> when it cannot tell.
    /// </param>
    public static bool IsTruncated(long decoded, long? announced, TimeSpan lastTimestamp, TimeSpan? announcedDuration, TimeSpan frameDuration, bool? containerEndsEarly)
    {
        if (!FallsShort(decoded, announced))
        {
            return false;
        }

        if (containerEndsEarly is { } endsEarly)
        {
            return endsEarly;
        }

        if (announcedDuration is not { } duration)
        {
            return true;
        }

        var slack = TimeSpan.FromTicks(Math.Max(2 * frameDuration.Ticks, duration.Ticks / 50));
        return lastTimestamp + frameDuration < duration - slack;
    }
}
