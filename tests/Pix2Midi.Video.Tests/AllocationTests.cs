using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class AllocationTests(VideoFixture videos)
{
    [ToolFact("ffmpeg")]
    public void Reading_luma_from_the_decoder_allocates_nothing_per_frame()
    {
        using var source = VideoFileSource.Open(videos.Get("h264-30.mp4"));
        Assert.True(source.LumaFromDecoder);

        var (frames, bytes) = SteadyState.Measure(source);

        Assert.Equal(60 - SteadyState.WarmUpFrames, frames);
        Assert.Equal(0, bytes);
    }

    /// <remarks>
    /// <c>Cv2.CvtColor</c> wraps its output <c>Mat</c> in a new <c>OutputArray</c> on every call
    /// (OpenCvSharp disposes it straight after): about a hundred bytes a frame, on this path only.
    /// </remarks>
    [ToolFact("ffmpeg")]
    public void Converting_through_bgr_allocates_only_a_small_wrapper_per_frame()
    {
        using var source = VideoFileSource.Open(videos.Get("halves-yuv420p10.mp4"));
        Assert.False(source.LumaFromDecoder);

        var (frames, bytes) = SteadyState.Measure(source);

        Assert.Equal(10 - SteadyState.WarmUpFrames, frames);
        Assert.InRange(bytes / frames, 0, 256);
    }

    /// <summary>FFmpeg's libraries in process: the frame and packet are reused, the plane is read where it lies.</summary>
    [ToolFact("ffmpeg")]
    public void Reading_with_the_ffmpeg_libraries_allocates_nothing_per_frame()
    {
        using var source = LibavFileSource.Open(videos.Get("h264-30.mp4"));

        var (frames, bytes) = SteadyState.Measure(source);

        Assert.Equal(60 - SteadyState.WarmUpFrames, frames);
        Assert.Equal(0, bytes);
    }
}
