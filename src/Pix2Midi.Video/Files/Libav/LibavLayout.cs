namespace Pix2Midi.Video.Files.Libav;

/// <summary>
/// Where the fields Pix2Midi reads sit in FFmpeg's structures, for one set of library major
/// versions (FFmpeg adds fields only at the end of its structures within a major version).
/// </summary>
/// <remarks>
/// Offsets are in bytes on 64-bit platforms (Linux, macOS and Windows lay these structures out
/// alike: they hold pointers, <c>int</c>s, <c>int64_t</c>s and enums, never <c>long</c>). Each
/// table says whether it was checked with <c>offsetof</c> against the real headers
/// (<see cref="Verified"/>); every value read through it is also checked against what FFmpeg's
/// functions say independently before it is trusted (see <c>LibavFileSource</c>).
/// </remarks>
internal sealed record LibavLayout
{
    /// <summary>
    /// FFmpeg 5.1 (libavformat 59, libavcodec 59, libavutil 57), checked with <c>offsetof</c>
    /// against Debian 12's 5.1.9 headers.
    /// </summary>
    public static readonly LibavLayout Ffmpeg5 = new()
    {
        Release = "5.x",
        FormatMajor = 59,
        CodecMajor = 59,
        UtilMajor = 57,
        Verified = true,
        FormatNbStreams = 44,
        FormatStreams = 48,
        FormatDuration = 72,
        StreamIndex = 0,
        StreamTimeBase = 16,
        StreamStartTime = 24,
        StreamDuration = 32,
        StreamNbFrames = 40,
        StreamAvgFrameRate = 72,
        StreamRealFrameRate = 200,
        StreamCodecParameters = 208,
        ParametersCodecType = 0,
        ParametersCodecId = 4,
        ParametersFormat = 28,
        ParametersWidth = 56,
        ParametersHeight = 60,
        FrameData = 0,
        FrameLinesize = 64,
        FrameWidth = 104,
        FrameHeight = 108,
        FrameFormat = 116,
        FrameBestEffortTimestamp = 344,
        PacketSize = 32,
        PacketStreamIndex = 36,
        StreamSideDataFunction = true,
    };

    /// <summary>The layouts Pix2Midi knows, newest first.</summary>
    public static IReadOnlyList<LibavLayout> Known { get; } = [Ffmpeg5];

    /// <summary>The FFmpeg release line, for messages (<c>5.x</c>).</summary>
    public required string Release { get; init; }

    /// <summary>libavformat's major version.</summary>
    public required int FormatMajor { get; init; }

    /// <summary>libavcodec's major version.</summary>
    public required int CodecMajor { get; init; }

    /// <summary>libavutil's major version.</summary>
    public required int UtilMajor { get; init; }

    /// <summary>Whether the offsets were checked with <c>offsetof</c> against the headers.</summary>
    public required bool Verified { get; init; }

    /// <summary><c>AVFormatContext.nb_streams</c> (unsigned int).</summary>
    public required int FormatNbStreams { get; init; }

    /// <summary><c>AVFormatContext.streams</c> (AVStream**).</summary>
    public required int FormatStreams { get; init; }

    /// <summary><c>AVFormatContext.duration</c> (int64, microseconds).</summary>
    public required int FormatDuration { get; init; }

    /// <summary><c>AVStream.index</c> (int).</summary>
    public required int StreamIndex { get; init; }

    /// <summary><c>AVStream.time_base</c> (AVRational).</summary>
    public required int StreamTimeBase { get; init; }

    /// <summary><c>AVStream.start_time</c> (int64).</summary>
    public required int StreamStartTime { get; init; }

    /// <summary><c>AVStream.duration</c> (int64).</summary>
    public required int StreamDuration { get; init; }

    /// <summary><c>AVStream.nb_frames</c> (int64).</summary>
    public required int StreamNbFrames { get; init; }

    /// <summary><c>AVStream.avg_frame_rate</c> (AVRational).</summary>
    public required int StreamAvgFrameRate { get; init; }

    /// <summary><c>AVStream.r_frame_rate</c> (AVRational).</summary>
    public required int StreamRealFrameRate { get; init; }

    /// <summary><c>AVStream.codecpar</c> (AVCodecParameters*).</summary>
    public required int StreamCodecParameters { get; init; }

    /// <summary><c>AVCodecParameters.codec_type</c> (enum).</summary>
    public required int ParametersCodecType { get; init; }

    /// <summary><c>AVCodecParameters.codec_id</c> (enum).</summary>
    public required int ParametersCodecId { get; init; }

    /// <summary><c>AVCodecParameters.format</c> (int: the pixel format).</summary>
    public required int ParametersFormat { get; init; }

    /// <summary><c>AVCodecParameters.width</c> (int).</summary>
    public required int ParametersWidth { get; init; }

    /// <summary><c>AVCodecParameters.height</c> (int).</summary>
    public required int ParametersHeight { get; init; }

    /// <summary><c>AVFrame.data</c> (uint8_t*[8]).</summary>
    public required int FrameData { get; init; }

    /// <summary><c>AVFrame.linesize</c> (int[8]).</summary>
    public required int FrameLinesize { get; init; }

    /// <summary><c>AVFrame.width</c> (int).</summary>
    public required int FrameWidth { get; init; }

    /// <summary><c>AVFrame.height</c> (int).</summary>
    public required int FrameHeight { get; init; }

    /// <summary><c>AVFrame.format</c> (int: the pixel format).</summary>
    public required int FrameFormat { get; init; }

    /// <summary><c>AVFrame.best_effort_timestamp</c> (int64).</summary>
    public required int FrameBestEffortTimestamp { get; init; }

    /// <summary><c>AVPacket.size</c> (int).</summary>
    public required int PacketSize { get; init; }

    /// <summary><c>AVPacket.stream_index</c> (int).</summary>
    public required int PacketStreamIndex { get; init; }

    /// <summary>Whether <c>av_stream_get_side_data</c> exists (libavformat 59 and 60), for the display matrix.</summary>
    public required bool StreamSideDataFunction { get; init; }
}
