/*
 * Pix2Midi: where the fields Pix2Midi's in-process decoder reads sit in FFmpeg's structures,
 * for the FFmpeg whose public headers this is compiled against (decision 0020).
 *
 * Compile it with the three libraries' include root first on the path and run it:
 *   cc -std=c11 -I INCLUDE_ROOT layout.c -o layout && ./layout
 * It prints one "Name value" line per field, named as the properties of LibavLayout in
 * src/Pix2Midi.Video/Files/Libav/LibavLayout.cs, then the constants Pix2Midi uses ("Constant.Name
 * value"). It exits with 1 when a field is not of the width Pix2Midi reads it with (an int read
 * as 4 bytes, a timestamp as 8, a pointer as 8) or the process is not 64-bit.
 * layout.sh gets the headers of a release and runs it; --csharp turns its lines into C# rows.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <libavutil/avutil.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
#include <libavcodec/avcodec.h>
#include <libavcodec/codec_par.h>
#include <libavcodec/packet.h>
#include <libavformat/avformat.h>

/* Display matrices: FFmpeg 5.x and 6.x (libavcodec below 61) give them through
 * av_stream_get_side_data for every minor of their majors; from libavcodec 61 on (FFmpeg 7 and
 * later) they are in AVCodecParameters.coded_side_data, found with av_packet_side_data_get. */
#define CODED_SIDE_DATA (LIBAVCODEC_VERSION_MAJOR >= 61)

static int failures;

static void field(const char *name, size_t offset, size_t size, size_t expected)
{
    if (size != expected) {
        fprintf(stderr, "%s is %zu bytes wide, and Pix2Midi reads %zu\n", name, size, expected);
        failures++;
    }

    printf("%s %zu\n", name, offset);
}

#define FIELD(name, type, member, expected) \
    field(name, offsetof(type, member), sizeof(((type *)0)->member), expected)

int main(void)
{
    if (sizeof(void *) != 8) {
        fprintf(stderr, "Pix2Midi reads FFmpeg's structures in 64-bit processes only\n");
        return 1;
    }

    printf("Release %d.x\n", LIBAVFORMAT_VERSION_MAJOR - 54);
    printf("FormatMajor %d\n", LIBAVFORMAT_VERSION_MAJOR);
    printf("CodecMajor %d\n", LIBAVCODEC_VERSION_MAJOR);
    printf("UtilMajor %d\n", LIBAVUTIL_VERSION_MAJOR);
    printf("Versions libavformat %d.%d.%d, libavcodec %d.%d.%d, libavutil %d.%d.%d\n",
           LIBAVFORMAT_VERSION_MAJOR, LIBAVFORMAT_VERSION_MINOR, LIBAVFORMAT_VERSION_MICRO,
           LIBAVCODEC_VERSION_MAJOR, LIBAVCODEC_VERSION_MINOR, LIBAVCODEC_VERSION_MICRO,
           LIBAVUTIL_VERSION_MAJOR, LIBAVUTIL_VERSION_MINOR, LIBAVUTIL_VERSION_MICRO);

    FIELD("FormatNbStreams", AVFormatContext, nb_streams, 4);
    FIELD("FormatStreams", AVFormatContext, streams, 8);
    FIELD("FormatDuration", AVFormatContext, duration, 8);

    FIELD("StreamIndex", AVStream, index, 4);
    FIELD("StreamTimeBase", AVStream, time_base, 8);
    FIELD("StreamStartTime", AVStream, start_time, 8);
    FIELD("StreamDuration", AVStream, duration, 8);
    FIELD("StreamNbFrames", AVStream, nb_frames, 8);
    FIELD("StreamAvgFrameRate", AVStream, avg_frame_rate, 8);
    FIELD("StreamRealFrameRate", AVStream, r_frame_rate, 8);
    FIELD("StreamCodecParameters", AVStream, codecpar, 8);

    FIELD("ParametersCodecType", AVCodecParameters, codec_type, 4);
    FIELD("ParametersCodecId", AVCodecParameters, codec_id, 4);
    FIELD("ParametersFormat", AVCodecParameters, format, 4);
    FIELD("ParametersWidth", AVCodecParameters, width, 4);
    FIELD("ParametersHeight", AVCodecParameters, height, 4);

    FIELD("FrameData", AVFrame, data, 8 * sizeof(uint8_t *));
    FIELD("FrameLinesize", AVFrame, linesize, 8 * sizeof(int));
    FIELD("FrameWidth", AVFrame, width, 4);
    FIELD("FrameHeight", AVFrame, height, 4);
    FIELD("FrameFormat", AVFrame, format, 4);
    FIELD("FramePts", AVFrame, pts, 8);
    FIELD("FramePacketDts", AVFrame, pkt_dts, 8);
    FIELD("FrameBestEffortTimestamp", AVFrame, best_effort_timestamp, 8);

    FIELD("PacketSize", AVPacket, size, 4);
    FIELD("PacketStreamIndex", AVPacket, stream_index, 4);

    printf("StreamSideDataFunction %s\n", CODED_SIDE_DATA ? "false" : "true");
#if CODED_SIDE_DATA
    FIELD("ParametersCodedSideData", AVCodecParameters, coded_side_data, 8);
    FIELD("ParametersCodedSideDataCount", AVCodecParameters, nb_coded_side_data, 4);
    FIELD("SideDataData", AVPacketSideData, data, 8);
    FIELD("SideDataSize", AVPacketSideData, size, 8);
    FIELD("SideDataType", AVPacketSideData, type, 4);
    printf("SideDataStructSize %zu\n", sizeof(AVPacketSideData));
#endif

    printf("Constant.NoPts %lld\n", (long long)AV_NOPTS_VALUE);
    printf("Constant.ErrorEof %d\n", AVERROR_EOF);
    printf("Constant.LogQuiet %d\n", AV_LOG_QUIET);
    printf("Constant.MediaTypeVideo %d\n", (int)AVMEDIA_TYPE_VIDEO);
    printf("Constant.PacketDataDisplayMatrix %d\n", (int)AV_PKT_DATA_DISPLAYMATRIX);
    return failures == 0 ? 0 : 1;
}
