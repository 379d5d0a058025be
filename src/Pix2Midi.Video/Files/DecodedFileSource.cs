using System.Globalization;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>
/// What the file decoders share: the frame loop that hands out the decoded pictures, the
/// timestamp repair, the count of damaged frames, the truncation check and the messages.
/// </summary>
/// <remarks>
/// <para>
/// A decoder supplies the next picture (<see cref="DecodeNext"/>), reporting each failure on the
/// way with <see cref="Damaged"/> and each good picture's reported time with <see cref="Stamp"/>;
/// its planes (<see cref="CurrentLuma"/>, <see cref="CurrentChroma"/>); and the release of what
/// it holds (<see cref="Release"/>). The first frame is decoded when the file is opened
/// (<see cref="FirstFrameDecoded"/>), so a file without one is refused there.
/// </para>
/// <para>Only the decoders of this assembly derive from it. One reader at a time.</para>
/// </remarks>
public abstract class DecodedFileSource : IVideoFileSource
{
    /// <summary>The frame duration assumed when the video gives no rate: 1/30 s.</summary>
    private protected static readonly TimeSpan DefaultFrameDuration = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 30);

    private readonly bool? _containerEndsEarly;
    private TimestampSanitizer _timestamps = null!;
    private DamageTracker _damage = null!;
    private TimeSpan _frameDuration;
    private TimeSpan _pendingTimestamp;
    private long _decoded;
    private bool _firstPending;
    private int _disposed;

    /// <summary>Creates the shared state; <see cref="Describe"/> must follow before any frame is decoded.</summary>
    /// <param name="decoder">What <see cref="Decoder"/> says.</param>
    /// <param name="containerEndsEarly">What the preflight read from the container's layout (see <see cref="TruncationRule"/>).</param>
    private protected DecodedFileSource(string decoder, bool? containerEndsEarly)
    {
        Decoder = decoder;
        _containerEndsEarly = containerEndsEarly;
    }

    /// <inheritdoc />
    public VideoInfo Info { get; private set; } = null!;

    /// <inheritdoc />
    public string Decoder { get; }

    /// <inheritdoc />
    public abstract bool LumaFromDecoder { get; }

    /// <summary>
    /// The first frame's presentation time in the container, subtracted from every timestamp so the
    /// video starts at zero.
    /// </summary>
    public TimeSpan StartOffset => _timestamps.Origin;

    /// <summary>
    /// How many frames had a missing or out-of-order timestamp, replaced by the previous one plus
    /// one nominal frame duration (or 1/30 s when the rate is unknown).
    /// </summary>
    public int RepairedTimestamps => _timestamps.Repaired;

    /// <summary>How many frames <see cref="TryReadFrame"/> has handed out.</summary>
    public long FramesRead { get; private set; }

    /// <inheritdoc />
    public int SkippedFrames => _damage.Skipped;

    /// <summary>Whether the decoder has ended (its last frame was decoded, or it failed); reads then return <see langword="false"/>.</summary>
    private protected bool Ended { get; set; }

    /// <summary>Whether <see cref="Dispose()"/> has begun.</summary>
    private protected bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>How many pictures have been decoded and stamped, the one waiting to be handed out included.</summary>
    private protected long DecodedCount => _decoded;

    /// <summary>Whether the current picture carries colour planes (<see cref="CurrentChroma"/>).</summary>
    private protected abstract bool HasChroma { get; }

    /// <inheritdoc />
    public IReadOnlyList<SkippedSpan> SkippedSpans() => _damage.Spans();

    /// <inheritdoc />
    public bool TryReadFrame(out VideoFrame frame)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        frame = default;
        if (_firstPending)
        {
            _firstPending = false;
        }
        else if (Ended || !DecodeNext())
        {
            return false;
        }

        frame = HasChroma
            ? new VideoFrame(CurrentLuma(), CurrentChroma(), _pendingTimestamp, FramesRead)
            : new VideoFrame(CurrentLuma(), _pendingTimestamp, FramesRead);
        FramesRead++;
        return true;
    }

    /// <summary>Releases the decoder and its buffers, once. Frames handed out before become invalid.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Release();
        GC.SuppressFinalize(this);
    }

    /// <summary><paramref name="version"/> up to its first <c>-</c>, <c>+</c> or space: <c>5.1.9</c> of <c>5.1.9-0+deb12u1</c>.</summary>
    private protected static string ShortVersion(string version)
    {
        var end = version.IndexOfAny(['-', '+', ' ']);
        return end > 0 ? version[..end] : version;
    }

    /// <summary>The file cannot be opened as a video: it holds no media data, or it is not a video FFmpeg can read.</summary>
    private protected static FrameSourceException NotReadable(string path) => new(FilePreflight.IsEmptyContainer(path)
        ? $"{path}: contains no video frames (the container is complete but holds no media data)"
        : NotAVideoText(path));

    /// <summary>The file opened but gave no frame: it holds no media data, or no frames.</summary>
    private protected static FrameSourceException NoFrames(string path) => new(FilePreflight.IsEmptyContainer(path)
        ? $"{path}: contains no video frames (the container is complete but holds no media data)"
        : NoFramesText(path));

    /// <summary>The words for a file that has no video frames.</summary>
    private protected static string NoFramesText(string path) => $"{path}: contains no video frames";

    /// <summary>The words for a file that is not a video FFmpeg can read.</summary>
    private protected static string NotAVideoText(string path) => $"{path}: not a video FFmpeg can read (or the file is damaged)";

    /// <summary>Sets <see cref="Info"/>, and the timestamp repair and damage counting for its rate.</summary>
    private protected void Describe(VideoInfo info)
    {
        Info = info;
        _frameDuration = info.NominalRate?.FrameDuration ?? DefaultFrameDuration;
        _timestamps = new TimestampSanitizer(_frameDuration);
        _damage = new DamageTracker(info.NominalRate?.FrameDuration);
    }

    /// <summary>The first picture was decoded when opening: the first read hands it out.</summary>
    private protected void FirstFrameDecoded() => _firstPending = true;

    /// <summary>Decodes the next picture and calls <see cref="Stamp"/> for it.</summary>
    /// <returns><see langword="false"/> when there are no more pictures (after <see cref="EndOfFrames"/> or its own checks).</returns>
    private protected abstract bool DecodeNext();

    /// <summary>The current picture's luma.</summary>
    private protected abstract LumaPlane CurrentLuma();

    /// <summary>The current picture's colour planes; called only when <see cref="HasChroma"/>.</summary>
    private protected abstract ChromaPlanes CurrentChroma();

    /// <summary>Releases what the decoder holds; called once, by <see cref="Dispose()"/>.</summary>
    private protected abstract void Release();

    /// <summary>The decoder failed <paramref name="count"/> times before the next good picture.</summary>
    private protected void Damaged(int count = 1) => _damage.Failure(_decoded, count);

    /// <summary>A good picture was decoded, reported at <paramref name="milliseconds"/> (NaN: none): its timestamp is repaired and kept.</summary>
    private protected void Stamp(double milliseconds)
    {
        _pendingTimestamp = _timestamps.Next(milliseconds);
        _damage.Frame(_decoded, _pendingTimestamp);
        _decoded++;
    }

    /// <summary>The decoder has no more pictures: ends, and throws when that is too early.</summary>
    /// <returns><see langword="false"/>.</returns>
    /// <exception cref="FrameSourceException">The file is truncated or damaged.</exception>
    private protected bool EndOfFrames()
    {
        Ended = true;
        if (_decoded > 0)
        {
            ThrowIfTruncated();
        }

        return false;
    }

    /// <summary>The message for a video whose frame size changes midway; also ends reading.</summary>
    private protected FrameSourceException SizeChanged()
    {
        Ended = true;
        return new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{Info.Name}: the frame size changes after frame {FramesRead} (from {Info.Width}×{Info.Height}); Pix2Midi reads videos of one size"));
    }

    private void ThrowIfTruncated()
    {
        // Where decoding stopped on the container's clock, which the announced duration also counts
        // from: a stream cut at the front starts late but still runs to the end.
        var decoded = FramesRead;
        var last = _timestamps.Origin + _timestamps.Last;
        if (!TruncationRule.IsTruncated(decoded, Info.FrameCount, last, Info.Duration, _frameDuration, _containerEndsEarly))
        {
            return;
        }

        var of = Info.Duration is { } duration
            ? string.Create(CultureInfo.InvariantCulture, $" ({last.TotalSeconds:0.00} s of {duration.TotalSeconds:0.00} s)")
            : string.Create(CultureInfo.InvariantCulture, $" (at {last.TotalSeconds:0.00} s)");
        throw new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{Info.Name}: the file is truncated or damaged: decoding stopped at frame {decoded} of {Info.FrameCount}{of}"));
    }
}
