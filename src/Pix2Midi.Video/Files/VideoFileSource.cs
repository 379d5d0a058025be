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
/// (<see cref="DecodedFileSource.SkippedFrames"/>).
/// </para>
/// <para>
/// The source owns its OpenCV objects; a frame's plane points into them and is valid until the next
/// <see cref="DecodedFileSource.TryReadFrame"/> or <see cref="DecodedFileSource.Dispose"/>. Not thread-safe: one reader at a time.
/// Reading allocates nothing per frame on the decoder path; the converted path allocates one small
/// OpenCvSharp argument wrapper per frame.
/// </para>
/// </remarks>
public sealed class VideoFileSource : DecodedFileSource
{
    /// <summary>The largest width or height accepted; beyond it the container is taken to be lying.</summary>
    public const int MaximumDimension = 16384;

    /// <summary>
    /// How many reads in a row may fail before the video is taken to have ended: each failed read
    /// consumes at least one undecodable packet, and at the real end a read fails at once.
    /// </summary>
    internal const int MaxConsecutiveFailures = 250;

    private readonly VideoCapture _capture;
    private readonly Mat _decoded;
    private readonly Mat? _converted;
    private readonly InputArray? _decodedInput;
    private readonly byte[]? _colour;
    private readonly bool _videoRangeColour;

    private VideoFileSource(VideoCapture capture, VideoInfo info, bool lumaFromDecoder, string pixelFormat, bool? containerEndsEarly, ColourRange? colour)
        : base("OpenCV", containerEndsEarly)
    {
        _capture = capture;
        Describe(info);
        LumaFromDecoder = lumaFromDecoder;
        PixelFormat = pixelFormat;
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

    /// <summary>
    /// <see langword="true"/> when luma is the decoder's own first plane; <see langword="false"/>
    /// when frames are converted to BGR and then to grey. Decided once, when the file is opened.
    /// </summary>
    public override bool LumaFromDecoder { get; }

    /// <summary>
    /// The decoder's pixel format as the FourCC OpenCV reports (<c>I420</c> for yuv420p, <c>Y800</c>
    /// for grey, <c>YUY2</c>…), with unprintable bytes as <c>\xNN</c>.
    /// </summary>
    public string PixelFormat { get; }

    /// <inheritdoc />
    private protected override bool HasChroma => _colour is not null;

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
                throw NotReadable(path);
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
                throw new FrameSourceException(NoFramesText(path));
            }

            source.FirstFrameDecoded();
            return source;
        }
        catch (OpenCVException e)
        {
            ReleaseAfterFailure(source, capture);
            throw new FrameSourceException($"{path}: OpenCV could not open the video ({OneLine.Of(e.Message)})", e);
        }
        catch
        {
            ReleaseAfterFailure(source, capture);
            throw;
        }
    }

    /// <inheritdoc />
    private protected override bool DecodeNext()
    {
        bool decoded;
        try
        {
            decoded = Decode();
        }
        catch (OpenCVException e)
        {
            Ended = true;
            throw new FrameSourceException($"{Info.Name}: decoding failed after frame {FramesRead} ({OneLine.Of(e.Message)})", e);
        }
        catch (FrameSourceException)
        {
            Ended = true;
            throw;
        }

        return decoded || EndOfFrames();
    }

    /// <summary>Releases the OpenCV objects and buffers.</summary>
    private protected override void Release()
    {
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

    private static void ReleaseAfterFailure(VideoFileSource? source, VideoCapture capture)
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
            Damaged(failures);
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

        Stamp(_capture.Get(VideoCaptureProperties.PosMsec));
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
    private protected override ChromaPlanes CurrentChroma()
    {
        var pixels = Info.Width * Info.Height;
        var first = _videoRangeColour ? pixels : 0;
        return new ChromaPlanes(Info.Width, Info.Height, Info.Width, 0, 0, _colour.AsSpan(first, pixels), _colour.AsSpan(first + pixels, pixels), !_videoRangeColour);
    }

    /// <inheritdoc />
    private protected override unsafe LumaPlane CurrentLuma()
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

    private FrameSourceException UnexpectedPicture() =>
        new($"{Info.Name}: the decoder returned a picture of type {_decoded.Type()}, which Pix2Midi cannot read as {(LumaFromDecoder ? "luma" : "BGR")}");
}
