using System.Globalization;
using OpenCvSharp;
using Pix2Midi.Core.Frames;
using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Video.Files;

/// <summary>Frames of a video file, decoded by FFmpeg through OpenCV, as luma planes with container timestamps.</summary>
/// <remarks>
/// <para>
/// Luma comes straight from the decoder when its pixel format starts with an 8-bit luma plane
/// (planar YUV, NV12, grey; see <see cref="LumaFromDecoder"/>): OpenCV is asked not to convert to
/// BGR and returns that plane. Other formats (RGB, packed YUV, 10-bit) are converted to BGR by
/// OpenCV and then to grey. The decoder's luma keeps the stream's range (usually 16–235); the
/// converted path spans 0–255.
/// </para>
/// <para>
/// OpenCV hands on only the first plane of a decoded picture, so colour
/// (<see cref="FramePlanes.Colour"/>) always comes through BGR, converted here (see
/// <see cref="BgrToYuv"/>) to full-resolution planes in the range the luma would have had: for a
/// format whose first plane is 8-bit luma, video-range Y, U and V (the decoder's own planes within
/// a step or two of rounding; full range for the <c>J4xx</c> formats); for the others, the grey
/// above and full-range U and V. Asked for <see cref="FramePlanes.Luma"/> (the default), it does no
/// colour work.
/// </para>
/// <para>
/// A packet the decoder cannot decode (damage in the middle of a file) ends OpenCV's read with
/// no frame; the source reads on, up to <see cref="MaxConsecutiveFailures"/> times in a row, so
/// the frames after the damage are still read at their own times, and counts what it skipped
/// (<see cref="SkippedFrames"/>).
/// </para>
/// <para>
/// The source owns its OpenCV objects; a frame's plane points into them and is valid until the next
/// <see cref="TryReadFrame"/> or <see cref="Dispose"/>. Not thread-safe: one reader at a time.
/// Reading allocates nothing per frame on the decoder path; the converted path allocates one small
/// OpenCvSharp argument wrapper per frame.
/// </para>
/// </remarks>
public sealed class VideoFileSource : IVideoFileSource
{
    /// <summary>The largest width or height accepted; beyond it the container is taken to be lying.</summary>
    public const int MaximumDimension = 16384;

    /// <summary>
    /// How many reads in a row may fail before the video is taken to have ended: each failed read
    /// consumes at least one undecodable packet, and at the real end a read fails at once.
    /// </summary>
    internal const int MaxConsecutiveFailures = 250;

    private static readonly TimeSpan DefaultFrameDuration = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 30);

    private readonly VideoCapture _capture;
    private readonly Mat _decoded;
    private readonly Mat? _converted;
    private readonly InputArray? _decodedInput;
    private readonly TimestampSanitizer _timestamps;
    private readonly bool? _containerEndsEarly;
    private readonly TimeSpan _frameDuration;
    private readonly DamageTracker _damage;
    private readonly byte[]? _colour;
    private readonly bool _videoRangeColour;
    private TimeSpan _pendingTimestamp;
    private long _decodedCount;
    private bool _firstPending;
    private bool _ended;
    private bool _disposed;

    private VideoFileSource(VideoCapture capture, VideoInfo info, bool lumaFromDecoder, string pixelFormat, bool? containerEndsEarly, ColourRange? colour)
    {
        _capture = capture;
        Info = info;
        LumaFromDecoder = lumaFromDecoder;
        PixelFormat = pixelFormat;
        _containerEndsEarly = containerEndsEarly;
        _frameDuration = info.NominalRate?.FrameDuration ?? DefaultFrameDuration;
        _timestamps = new TimestampSanitizer(_frameDuration);
        _damage = new DamageTracker(info.NominalRate?.FrameDuration);
        _decoded = new Mat();
        if (colour is { } range)
        {
            _videoRangeColour = range == ColourRange.Video;
            _colour = new byte[checked(info.Width * info.Height * (_videoRangeColour ? 3 : 2))];
        }

        if (!lumaFromDecoder && !_videoRangeColour)
        {
            _converted = new Mat();
            _decodedInput = InputArray.Create(_decoded);
        }
    }

    /// <summary>The range of the planes made from BGR with colour.</summary>
    private enum ColourRange
    {
        /// <summary>Y, U and V in video range, made here.</summary>
        Video,

        /// <summary>OpenCV's grey, and full-range U and V made here.</summary>
        Full,
    }

    /// <inheritdoc />
    public VideoInfo Info { get; }

    /// <inheritdoc />
    public string Decoder => "OpenCV";

    /// <summary>
    /// <see langword="true"/> when luma is the decoder's own first plane; <see langword="false"/>
    /// when frames are converted to BGR and then to grey. Decided once, when the file is opened.
    /// </summary>
    public bool LumaFromDecoder { get; }

    /// <summary>
    /// The decoder's pixel format as the FourCC OpenCV reports (<c>I420</c> for yuv420p, <c>Y800</c>
    /// for grey, <c>YUY2</c>…), with unprintable bytes as <c>\xNN</c>.
    /// </summary>
    public string PixelFormat { get; }

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

    /// <summary>Opens a video file and decodes its first frame.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <exception cref="FrameSourceException">
    /// The file is missing, a folder, unreadable, empty, not a video FFmpeg can read, has no frames
    /// or an impossible size, or OpenCV's native library cannot be loaded.
    /// </exception>
    public static VideoFileSource Open(string path) => Open(path, FramePlanes.Luma);

    /// <summary>Opens a video file for the planes <paramref name="planes"/> names, and decodes its first frame.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="planes"><see cref="FramePlanes.Colour"/> to hand on colour planes too (made from BGR).</param>
    /// <exception cref="FrameSourceException">As for <see cref="Open(string)"/>.</exception>
    public static VideoFileSource Open(string path, FramePlanes planes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var containerEndsEarly = FilePreflight.Inspect(path);
        OpenCvRuntime.EnsureLoaded(path);

        var capture = new VideoCapture();
        VideoFileSource? source = null;
        try
        {
            if (!capture.Open(path, VideoCaptureAPIs.FFMPEG) || !capture.IsOpened())
            {
                throw new FrameSourceException(FilePreflight.IsEmptyContainer(path)
                    ? $"{path}: contains no video frames (the container is complete but holds no media data)"
                    : $"{path}: not a video FFmpeg can read (or the file is damaged)");
            }

            var info = ReadInfo(path, capture);
            var pixelCode = FourCc.FromReported(capture.Get(VideoCaptureProperties.CodecPixelFormat));
            var lumaFirst = DecoderPixelFormat.IsLumaFirst(pixelCode);
            ColourRange? colour = planes != FramePlanes.Colour ? null
                : lumaFirst && !DecoderPixelFormat.IsFullRange(pixelCode) ? ColourRange.Video
                : ColourRange.Full;
            var lumaFromDecoder = colour is null && lumaFirst && TryTurnOffRgbConversion(capture);

            source = new VideoFileSource(capture, info, lumaFromDecoder, FourCc.ToText(pixelCode), containerEndsEarly, colour);
            if (!source.Decode())
            {
                throw new FrameSourceException($"{path}: contains no video frames");
            }

            source._firstPending = true;
            return source;
        }
        catch (OpenCVException e)
        {
            Release(source, capture);
            throw new FrameSourceException($"{path}: OpenCV could not open the video ({OneLine.Of(e.Message)})", e);
        }
        catch
        {
            Release(source, capture);
            throw;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SkippedSpan> SkippedSpans() => _damage.Spans();

    /// <inheritdoc />
    public bool TryReadFrame(out VideoFrame frame)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        frame = default;
        if (_firstPending)
        {
            _firstPending = false;
        }
        else if (_ended)
        {
            return false;
        }
        else
        {
            bool decoded;
            try
            {
                decoded = Decode();
            }
            catch (OpenCVException e)
            {
                _ended = true;
                throw new FrameSourceException($"{Info.Name}: decoding failed after frame {FramesRead} ({OneLine.Of(e.Message)})", e);
            }
            catch (FrameSourceException)
            {
                _ended = true;
                throw;
            }

            if (!decoded)
            {
                _ended = true;
                ThrowIfTruncated();
                return false;
            }
        }

        frame = _colour is null
            ? new VideoFrame(CurrentLuma(), _pendingTimestamp, FramesRead)
            : new VideoFrame(CurrentLuma(), CurrentChroma(), _pendingTimestamp, FramesRead);
        FramesRead++;
        return true;
    }

    /// <summary>Releases the decoder and its buffers. Frames handed out before become invalid.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _decodedInput?.Dispose();
        _converted?.Dispose();
        _decoded.Dispose();
        _capture.Dispose();
    }

    private static VideoInfo ReadInfo(string path, VideoCapture capture)
    {
        var width = capture.FrameWidth;
        var height = capture.FrameHeight;
        if (width <= 0 || height <= 0 || width > MaximumDimension || height > MaximumDimension)
        {
            throw new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{path}: impossible frame size ({width}×{height}); at most {MaximumDimension}×{MaximumDimension} is accepted"));
        }

        var rate = FrameRate.FromReported(capture.Fps);
        long? count = capture.FrameCount > 0 ? capture.FrameCount : null;
        TimeSpan? duration = rate is { } r && count is { } n
            ? TimeSpan.FromTicks((long)Math.Round((double)n * r.Denominator * TimeSpan.TicksPerSecond / r.Numerator))
            : null;
        var codec = FourCc.ToText(FourCc.FromReported(capture.Get(VideoCaptureProperties.FourCC)));
        return new VideoInfo(path, width, height, rate, count, duration, codec.Length == 0 ? "unknown" : codec);
    }

    /// <summary>Asks OpenCV for the decoder's own first plane instead of BGR.</summary>
    /// <returns>Whether OpenCV agreed; if not, conversion is left on.</returns>
    private static bool TryTurnOffRgbConversion(VideoCapture capture)
    {
        if (capture.Set(VideoCaptureProperties.ConvertRgb, 0) && capture.Get(VideoCaptureProperties.ConvertRgb) == 0)
        {
            return true;
        }

        _ = capture.Set(VideoCaptureProperties.ConvertRgb, 1);
        return false;
    }

    private static void Release(VideoFileSource? source, VideoCapture capture)
    {
        if (source is not null)
        {
            source.Dispose();
        }
        else
        {
            capture.Dispose();
        }
    }

    /// <summary>Decodes the next frame into the reused buffers and stamps it.</summary>
    /// <returns><see langword="false"/> when the decoder has no more frames.</returns>
    private bool Decode()
    {
        var failures = 0;
        while (!_capture.Read(_decoded) || _decoded.Empty())
        {
            if (++failures > MaxConsecutiveFailures)
            {
                return false;
            }
        }

        if (failures > 0)
        {
            _damage.Failure(_decodedCount, failures);
        }

        if (LumaFromDecoder)
        {
            if (_decoded.Type() != MatType.CV_8UC1)
            {
                throw UnexpectedPicture();
            }
        }
        else
        {
            if (_decoded.Type() != MatType.CV_8UC3)
            {
                throw UnexpectedPicture();
            }

            if (_colour is not null && (_decoded.Cols != Info.Width || _decoded.Rows != Info.Height))
            {
                throw UnexpectedPicture();
            }

            if (!_videoRangeColour)
            {
                Cv2.CvtColor(_decodedInput!, _converted!, ColorConversionCodes.BGR2GRAY);
            }

            if (_colour is not null)
            {
                ConvertColour();
            }
        }

        _pendingTimestamp = _timestamps.Next(_capture.Get(VideoCaptureProperties.PosMsec));
        _damage.Frame(_decodedCount, _pendingTimestamp);
        _decodedCount++;
        return true;
    }

    /// <summary>Makes the colour planes (and, in video range, the luma) from the BGR picture, row by row.</summary>
    private unsafe void ConvertColour()
    {
        var width = Info.Width;
        var pixels = width * Info.Height;
        var step = checked((int)_decoded.Step());
        var data = (byte*)_decoded.Data;
        var planes = _colour.AsSpan();
        for (var y = 0; y < Info.Height; y++)
        {
            var bgr = new ReadOnlySpan<byte>(data + ((long)y * step), width * 3);
            var at = y * width;
            if (_videoRangeColour)
            {
                BgrToYuv.VideoRange(bgr, 3, planes.Slice(at, width), planes.Slice(pixels + at, width), planes.Slice((2 * pixels) + at, width));
            }
            else
            {
                BgrToYuv.FullRangeChroma(bgr, 3, planes.Slice(at, width), planes.Slice(pixels + at, width));
            }
        }
    }

    /// <summary>The colour planes <see cref="ConvertColour"/> made.</summary>
    private ChromaPlanes CurrentChroma()
    {
        var pixels = Info.Width * Info.Height;
        var first = _videoRangeColour ? pixels : 0;
        return new ChromaPlanes(Info.Width, Info.Height, Info.Width, 0, 0, _colour.AsSpan(first, pixels), _colour.AsSpan(first + pixels, pixels), !_videoRangeColour);
    }

    private unsafe LumaPlane CurrentLuma()
    {
        if (_videoRangeColour)
        {
            return new LumaPlane(Info.Width, Info.Height, Info.Width, _colour.AsSpan(0, Info.Width * Info.Height));
        }

        var plane = LumaFromDecoder ? _decoded : _converted!;
        var width = plane.Cols;
        var height = plane.Rows;
        var stride = checked((int)plane.Step());
        var length = checked((stride * (height - 1)) + width);
        return new LumaPlane(width, height, stride, new ReadOnlySpan<byte>((void*)plane.Data, length));
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

    private FrameSourceException UnexpectedPicture() =>
        new($"{Info.Name}: the decoder returned a picture of type {_decoded.Type()}, which Pix2Midi cannot read as {(LumaFromDecoder ? "luma" : "BGR")}");
}
