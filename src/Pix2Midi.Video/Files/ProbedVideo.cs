using System.Globalization;
using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Files;

/// <summary>What <c>ffprobe</c> says about a file's first video stream.</summary>
/// <param name="Width">Frame width.</param>
/// <param name="Height">Frame height.</param>
/// <param name="PixelFormat">FFmpeg's name of the decoder's pixel format (<c>yuv420p</c>), or empty.</param>
/// <param name="CodecName">FFmpeg's short codec name (<c>h264</c>), or empty.</param>
/// <param name="AverageRate">The stream's average frame rate, 0 when unknown.</param>
/// <param name="RealRate">The stream's base frame rate (<c>r_frame_rate</c>), 0 when unknown.</param>
/// <param name="TimeBase">The stream's time base.</param>
/// <param name="StartPts">The stream's first presentation time in <paramref name="TimeBase"/>, or null when the stream has no timestamps.</param>
/// <param name="StreamDuration">The stream's duration in seconds, when known.</param>
/// <param name="FormatDuration">The container's duration in seconds, when known.</param>
/// <param name="FrameCount">The frame count the container's index gives, when it gives one.</param>
/// <param name="Version">The FFmpeg version (<c>5.1.9-0+deb12u1</c>), or null.</param>
/// <param name="Rotation">The display rotation the container asks for, in degrees (0, ±90, ±180).</param>
internal sealed record ProbedVideo(
    int Width,
    int Height,
    string PixelFormat,
    string CodecName,
    double AverageRate,
    double RealRate,
    Rational TimeBase,
    long? StartPts,
    double? StreamDuration,
    double? FormatDuration,
    long? FrameCount,
    string? Version,
    int Rotation = 0)
{
    private const double EpsilonZero = 1e-6;

    /// <summary>Codecs whose FFmpeg name is not four characters, with the FourCC OpenCV reports for them.</summary>
    private static readonly Dictionary<string, string> FourCcs = new(StringComparer.Ordinal)
    {
        ["mpeg4"] = "FMP4",
        ["mjpeg"] = "MJPG",
        ["mpeg1video"] = "mpg1",
        ["mpeg2video"] = "mpg2",
        ["vp8"] = "VP80",
        ["vp9"] = "VP90",
        ["av1"] = "AV01",
        ["png"] = "MPNG",
        ["theora"] = "theo",
        ["rawvideo"] = "unknown",
    };

    /// <summary>
    /// The frame rate as OpenCV's FFmpeg backend reports it: the average rate, else the base
    /// rate, else one frame per time-base tick.
    /// </summary>
    public double ReportedRate =>
        AverageRate >= EpsilonZero ? AverageRate
        : RealRate >= EpsilonZero ? RealRate
        : TimeBase.Numerator > 0 ? (double)TimeBase.Denominator / TimeBase.Numerator : 0;

    /// <summary>
    /// The video's description, with the same rate, frame count and duration as
    /// <see cref="VideoFileSource"/> reads from OpenCV for the same file.
    /// </summary>
    /// <remarks>
    /// OpenCV's count is the container's, or else its duration × rate rounded; its codec is the
    /// FFmpeg name when that has four characters, else a FourCC. Codecs outside a short list of
    /// common ones show FFmpeg's name instead of OpenCV's FourCC.
    /// </remarks>
    public VideoInfo ToInfo(string name)
    {
        var fps = ReportedRate;
        var rate = FrameRate.FromReported(fps);
        var seconds = FormatDuration is > EpsilonZero ? FormatDuration.Value : StreamDuration ?? 0;
        var reportedCount = FrameCount is > 0 ? FrameCount.Value : (long)Math.Floor((seconds * fps) + 0.5);

        // OpenCvSharp reads the count as an int.
        long? count = reportedCount is > 0 and <= int.MaxValue ? reportedCount : null;
        TimeSpan? duration = rate is { } r && count is { } n
            ? TimeSpan.FromTicks((long)Math.Round((double)n * r.Denominator * TimeSpan.TicksPerSecond / r.Numerator))
            : null;
        var codec = CodecName.Length == 4 ? CodecName
            : FourCcs.TryGetValue(CodecName, out var fourCc) ? fourCc
            : CodecName.Length > 0 ? CodecName : "unknown";
        return new VideoInfo(name, ShownWidth, ShownHeight, rate, count, duration, codec);
    }

    /// <summary>Whether the picture is shown turned a quarter: width and height swap places.</summary>
    public bool QuarterTurn => Math.Abs(Rotation % 180) == 90;

    /// <summary>The width of the picture as shown (ffmpeg and OpenCV both apply the rotation).</summary>
    public int ShownWidth => QuarterTurn ? Height : Width;

    /// <summary>The height of the picture as shown.</summary>
    public int ShownHeight => QuarterTurn ? Width : Height;

    /// <summary>
    /// The presentation time of a frame in milliseconds from the stream's start, computed as
    /// OpenCV's FFmpeg backend computes <c>CAP_PROP_POS_MSEC</c>, or 0 when there is none.
    /// </summary>
    /// <param name="pts">The frame's time in <paramref name="timeBase"/>, or null when it has none.</param>
    /// <param name="timeBase">The time base <paramref name="pts"/> counts in.</param>
    public double Milliseconds(long? pts, Rational timeBase)
    {
        if (pts is not { } value || StartPts is not { } start)
        {
            return 0;
        }

        if (timeBase == TimeBase)
        {
            return (double)(value - start) * TimeBase.ToDouble() * 1000;
        }

        return ((value * timeBase.ToDouble()) - (start * TimeBase.ToDouble())) * 1000;
    }

    /// <summary>Checks the frame size against <see cref="VideoFileSource.MaximumDimension"/>.</summary>
    /// <exception cref="FrameSourceException">The size is impossible.</exception>
    public void RequirePlausibleSize(string path)
    {
        if (Width <= 0 || Height <= 0 || Width > VideoFileSource.MaximumDimension || Height > VideoFileSource.MaximumDimension)
        {
            throw new FrameSourceException(string.Create(CultureInfo.InvariantCulture, $"{path}: impossible frame size ({ShownWidth}×{ShownHeight}); at most {VideoFileSource.MaximumDimension}×{VideoFileSource.MaximumDimension} is accepted"));
        }
    }
}
