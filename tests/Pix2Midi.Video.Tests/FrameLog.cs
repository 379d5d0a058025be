using Pix2Midi.Core.Frames;

namespace Pix2Midi.Video.Tests;

/// <summary>What a test keeps of each frame once the source has moved on.</summary>
internal sealed record FrameLog(long Index, TimeSpan Timestamp, int Width, int Height)
{
    /// <summary>Reads every frame of <paramref name="source"/>, checking each one's plane on the way.</summary>
    public static List<FrameLog> ReadAll(IFrameSource source, Action<LumaPlane>? check = null)
    {
        var frames = new List<FrameLog>();
        while (source.TryReadFrame(out var frame))
        {
            check?.Invoke(frame.Luma);
            frames.Add(new FrameLog(frame.Index, frame.Timestamp, frame.Luma.Width, frame.Luma.Height));
        }

        return frames;
    }
}
