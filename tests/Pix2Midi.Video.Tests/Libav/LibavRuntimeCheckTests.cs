using Pix2Midi.Core.Frames;
using Pix2Midi.Video.Files;
using Pix2Midi.Video.Files.Libav;
using Pix2Midi.Video.Tests.Decoders;

namespace Pix2Midi.Video.Tests.Libav;

/// <summary>
/// The run-time checks stay the gate behind the layout tables: the loaded libraries (FFmpeg 5.1
/// here) read through a table with a wrong offset refuse the file in one line, and the right
/// table reads it.
/// </summary>
[Collection(DecoderVideosCollection.Name)]
public sealed class LibavRuntimeCheckTests(VideoFixture videos)
{
    private static LibavLayout Loaded => LibavRuntime.State.Layout!;

    public static TheoryData<string> WrongTables() =>
    [
        // Where pkt_pos lies: not a timestamp in a new frame.
        "best_effort_timestamp",
        // pts read at AVFrame.time_base.
        "pts",
        // pkt_dts and best_effort_timestamp swapped: a new frame cannot tell them apart, the decoded frames do.
        "pkt_dts and best_effort_timestamp swapped",
        // AVStream.index read at its time_base.
        "index",
        // The frame's format read at its height.
        "format",
    ];

    [ToolFact("ffmpeg", "ffprobe")]
    public void The_loaded_libraries_table_reads_every_frame()
    {
        using var source = LibavFileSource.Open(videos.Get("h264-30.mp4"), Loaded);

        Assert.Equal(60, FrameLog.ReadAll(source).Count);
    }

    [ToolTheory("ffmpeg", "ffprobe")]
    [MemberData(nameof(WrongTables))]
    public void A_table_that_FFmpeg_contradicts_is_refused_in_one_line(string wrong)
    {
        var layout = wrong switch
        {
            "best_effort_timestamp" => Loaded with { FrameBestEffortTimestamp = Loaded.FrameBestEffortTimestamp + 8 },
            "pts" => Loaded with { FramePts = Loaded.FramePacketDts + 8 },
            "pkt_dts and best_effort_timestamp swapped" => Loaded with { FramePacketDts = Loaded.FrameBestEffortTimestamp, FrameBestEffortTimestamp = Loaded.FramePacketDts },
            "index" => Loaded with { StreamIndex = Loaded.StreamTimeBase },
            _ => Loaded with { FrameFormat = Loaded.FrameHeight },
        };
        var path = videos.Get("h264-30.mp4");

        var error = Assert.Throws<FrameSourceException>(() =>
        {
            using var source = LibavFileSource.Open(path, layout);
            FrameLog.ReadAll(source);
        });

        Assert.Equal($"{path}: FFmpeg's libraries (libavformat {LibavRuntime.State.FormatVersion}) describe this file in a way Pix2Midi cannot check, so --decoder libav does not read it; use --decoder ffmpeg or auto", error.Message);
    }
}
