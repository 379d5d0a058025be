using Pix2Midi.Video.Files;

namespace Pix2Midi.Video.Tests;

/// <summary>What reading a video allocates once the decoder is warm: the allocation tests of every decoder.</summary>
public static class SteadyState
{
    /// <summary>Frames read before measuring (buffers sized, code compiled).</summary>
    public const int WarmUpFrames = 3;

    /// <summary>Reads <see cref="WarmUpFrames"/> frames, then the rest, counting what the rest allocated on this thread.</summary>
    public static (int Frames, long Bytes) Measure(IVideoFileSource source)
    {
        long sum = 0;
        for (var i = 0; i < WarmUpFrames; i++)
        {
            Assert.True(source.TryReadFrame(out var frame));
            sum += frame.Luma.Pixels[0] + 1;
        }

        var frames = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        while (source.TryReadFrame(out var frame))
        {
            // Touch the pixels and the time, so nothing is skipped for being unused.
            sum += frame.Luma.Row(frame.Luma.Height - 1)[0] + frame.Timestamp.Ticks;
            frames++;
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(sum > 0);
        return (frames, bytes);
    }
}
