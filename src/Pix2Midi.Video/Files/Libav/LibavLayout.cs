namespace Pix2Midi.Video.Files.Libav;

/// <summary>
/// Where the fields Pix2Midi reads sit in FFmpeg's structures, for one set of library major
/// versions (FFmpeg adds fields only at the end of its structures within a major version).
/// </summary>
/// <remarks>
/// Offsets are in bytes on 64-bit platforms (Linux, macOS and Windows lay these structures out
/// alike: they hold pointers, <c>int</c>s, <c>int64_t</c>s and enums, never <c>long</c>). Each
/// table says whether it was checked with <c>offsetof</c> against the real headers
/// (<see cref="Verified"/>): tools/libav-layout prints a release's table from its headers, its
/// releases folder keeps what it printed for each release checked, and the tests compare those
/// with these tables. Every value read through a table is also checked against what FFmpeg's
/// functions say independently before it is trusted (see <c>LibavFileSource</c>).
/// </remarks>
internal sealed record LibavLayout
{
    /// <summary>
    /// FFmpeg 7.x (libavformat 61, libavcodec 61, libavutil 59), checked with <c>offsetof</c> against
    /// the headers of tags n7.0 and n7.1 and Debian 13's 7.1.5 (tools/libav-layout/releases). The display
    /// matrix is in the codec parameters' side data.
    /// </summary>
    public static readonly LibavLayout Ffmpeg7 = new()
    {
        Release = "7.x",
        FormatMajor = 61,
        CodecMajor = 61,
        UtilMajor = 59,
        Verified = true,
        FormatNbStreams = 44,
        FormatStreams = 48,
        FormatDuration = 104,
        StreamIndex = 8,
        StreamTimeBase = 32,
        StreamStartTime = 40,
        StreamDuration = 48,
        StreamNbFrames = 56,
        StreamAvgFrameRate = 88,
        StreamRealFrameRate = 216,
        StreamCodecParameters = 16,
        ParametersCodecType = 0,
        ParametersCodecId = 4,
        ParametersFormat = 44,
        ParametersWidth = 72,
        ParametersHeight = 76,
        FrameData = 0,
        FrameLinesize = 64,
        FrameWidth = 104,
        FrameHeight = 108,
        FrameFormat = 116,
        FramePts = 136,
        FramePacketDts = 144,
        FrameBestEffortTimestamp = 320,
        PacketSize = 32,
        PacketStreamIndex = 36,
        StreamSideDataFunction = false,
        ParametersCodedSideData = 32,
        ParametersCodedSideDataCount = 40,
        SideDataData = 0,
        SideDataSize = 8,
        SideDataType = 16,
        SideDataStructSize = 24,
    };

    /// <summary>
    /// FFmpeg 8.x (libavformat 62, libavcodec 62, libavutil 60), checked with <c>offsetof</c> against
    /// the headers of tags n8.0 and n8.1 (tools/libav-layout/releases). The display matrix is in the
    /// codec parameters' side data.
    /// </summary>
    /// <remarks>As 7.x but for the fields set here.</remarks>
    public static readonly LibavLayout Ffmpeg8 = Ffmpeg7 with
    {
        Release = "8.x",
        FormatMajor = 62,
        CodecMajor = 62,
        UtilMajor = 60,
        StreamRealFrameRate = 204,
        FrameBestEffortTimestamp = 304,
    };

    /// <summary>
    /// FFmpeg 9.x (libavformat 63, libavcodec 63, libavutil 61), checked with <c>offsetof</c> against
    /// Debian's 9.0.2 headers (tools/libav-layout/releases/9.0.2-debian.txt). The display matrix is in the
    /// codec parameters' side data.
    /// </summary>
    /// <remarks>As 8.x but for the fields set here.</remarks>
    public static readonly LibavLayout Ffmpeg9 = Ffmpeg8 with
    {
        Release = "9.x",
        FormatMajor = 63,
        CodecMajor = 63,
        UtilMajor = 61,
    };

    /// <summary>
    /// FFmpeg 6.x (libavformat 60, libavcodec 60, libavutil 58), checked with <c>offsetof</c> against
    /// the headers of tags n6.0 and n6.1 (tools/libav-layout/releases).
    /// </summary>
    public static readonly LibavLayout Ffmpeg6 = new()
    {
        Release = "6.x",
        FormatMajor = 60,
        CodecMajor = 60,
        UtilMajor = 58,
        Verified = true,
        FormatNbStreams = 44,
        FormatStreams = 48,
        FormatDuration = 72,
        StreamIndex = 8,
        StreamTimeBase = 32,
        StreamStartTime = 40,
        StreamDuration = 48,
        StreamNbFrames = 56,
        StreamAvgFrameRate = 88,
        StreamRealFrameRate = 216,
        StreamCodecParameters = 16,
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
        FramePts = 136,
        FramePacketDts = 144,
        FrameBestEffortTimestamp = 344,
        PacketSize = 32,
        PacketStreamIndex = 36,
        StreamSideDataFunction = true,
    };

    /// <summary>
    /// FFmpeg 5.x (libavformat 59, libavcodec 59, libavutil 57), checked with <c>offsetof</c>
    /// against Debian 12's 5.1.9 headers and tag n5.1's (tools/libav-layout/releases).
    /// </summary>
    /// <remarks>As 6.x but for the fields set here.</remarks>
    public static readonly LibavLayout Ffmpeg5 = Ffmpeg6 with
    {
        Release = "5.x",
        FormatMajor = 59,
        CodecMajor = 59,
        UtilMajor = 57,
        StreamIndex = 0,
        StreamTimeBase = 16,
        StreamStartTime = 24,
        StreamDuration = 32,
        StreamNbFrames = 40,
        StreamAvgFrameRate = 72,
        StreamRealFrameRate = 200,
        StreamCodecParameters = 208,
    };

    /// <summary>The layouts Pix2Midi knows, newest first (the order the libraries are looked for in).</summary>
    public static IReadOnlyList<LibavLayout> Known { get; } = [Ffmpeg9, Ffmpeg8, Ffmpeg7, Ffmpeg6, Ffmpeg5];

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

    /// <summary><c>AVFrame.pts</c> (int64), read to check <see cref="FrameBestEffortTimestamp"/>.</summary>
    public required int FramePts { get; init; }

    /// <summary><c>AVFrame.pkt_dts</c> (int64), read to check <see cref="FrameBestEffortTimestamp"/>.</summary>
    public required int FramePacketDts { get; init; }

    /// <summary><c>AVFrame.best_effort_timestamp</c> (int64).</summary>
    public required int FrameBestEffortTimestamp { get; init; }

    /// <summary><c>AVPacket.size</c> (int).</summary>
    public required int PacketSize { get; init; }

    /// <summary><c>AVPacket.stream_index</c> (int).</summary>
    public required int PacketStreamIndex { get; init; }

    /// <summary>
    /// Whether the display matrix is read with <c>av_stream_get_side_data</c> (FFmpeg 5.x and 6.x);
    /// otherwise it is in <c>AVCodecParameters.coded_side_data</c> (FFmpeg 7 and later), found with
    /// <c>av_packet_side_data_get</c>, and the side-data offsets below are set.
    /// </summary>
    public required bool StreamSideDataFunction { get; init; }

    /// <summary><c>AVCodecParameters.coded_side_data</c> (AVPacketSideData*), when <see cref="StreamSideDataFunction"/> is false.</summary>
    public int? ParametersCodedSideData { get; init; }

    /// <summary><c>AVCodecParameters.nb_coded_side_data</c> (int).</summary>
    public int? ParametersCodedSideDataCount { get; init; }

    /// <summary><c>AVPacketSideData.data</c> (uint8_t*).</summary>
    public int? SideDataData { get; init; }

    /// <summary><c>AVPacketSideData.size</c> (size_t).</summary>
    public int? SideDataSize { get; init; }

    /// <summary><c>AVPacketSideData.type</c> (enum).</summary>
    public int? SideDataType { get; init; }

    /// <summary><c>sizeof(AVPacketSideData)</c>: the step of the side-data array.</summary>
    public int? SideDataStructSize { get; init; }
}
