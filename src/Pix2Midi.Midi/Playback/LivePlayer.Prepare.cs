using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Rendering;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Playback;

/// <summary>Getting the analysis ready for a picture size before a picture of that size has to be played.</summary>
public sealed partial class LivePlayer
{
    /// <summary>
    /// The processor for pictures of this size, after the analysis and mapping code has run once on
    /// a throwaway one over a dark, a bright and a dark picture again: the first real frames then
    /// do not pay for compiling it (tens of milliseconds at 720p). Nothing is sent and the
    /// returned processor has seen no picture.
    /// </summary>
    private static FrameProcessor Prepare(Core.Mapping.Mapping mapping, int width, int height, LiveRunState run)
    {
        var rehearsal = new FrameProcessor(mapping, width, height);
        var pixels = new byte[width * height];
        var events = new NoteEvent[Math.Max(1, rehearsal.MaxEventsPerFrame)];
        var frame = 0;
        foreach (var level in (ReadOnlySpan<byte>)[0, 255, 0])
        {
            pixels.AsSpan().Fill(level);
            _ = rehearsal.Process(new VideoFrame(new LumaPlane(width, height, width, pixels), TimeSpan.FromSeconds(frame), frame), events);
            frame++;
        }

        _ = rehearsal.ReleaseAll(TimeSpan.FromSeconds(frame), events);
        run.ProcessorWidth = width;
        run.ProcessorHeight = height;
        return new FrameProcessor(mapping, width, height);
    }
}
