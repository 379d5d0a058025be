using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Rendering;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Playback;

/// <summary>Getting the analysis ready before a picture has to be played.</summary>
public sealed partial class LivePlayer
{
    /// <summary>The size of the pictures <see cref="Rehearse"/> uses: small (no large-object heap), and the code compiled is the same at any size.</summary>
    private const int RehearsalWidth = 320;
    private const int RehearsalHeight = 180;

    /// <summary>
    /// Runs the analysis and mapping code once, on a throwaway processor, over a dark, a bright and
    /// a dark picture again, then releases its notes: the first real frames then do not pay for
    /// compiling that code (measured 15–35 ms for the first 720p frame on a loaded 2-core machine).
    /// Nothing is sent; no state is kept.
    /// </summary>
    private static void Rehearse(Core.Mapping.Mapping mapping)
    {
        var rehearsal = new FrameProcessor(mapping, RehearsalWidth, RehearsalHeight);
        var pixels = new byte[RehearsalWidth * RehearsalHeight];
        var frame = 0;
        foreach (var level in (ReadOnlySpan<byte>)[0, 255, 0])
        {
            pixels.AsSpan().Fill(level);
            _ = rehearsal.Process(new VideoFrame(new LumaPlane(RehearsalWidth, RehearsalHeight, RehearsalWidth, pixels), TimeSpan.FromSeconds(frame), frame));
            frame++;
        }

        _ = rehearsal.ReleaseAll(TimeSpan.FromSeconds(frame));
    }

    /// <summary>
    /// Passes three blank pictures of this size through the hand-over before the capture thread
    /// starts, taking each: its three buffers then have their size, and its code is compiled, when
    /// the first real picture comes. Nothing is left in it.
    /// </summary>
    private static void PrimeHandOver(LatestFrame mailbox, int width, int height)
    {
        var blank = new byte[width * height];
        for (var i = 0; i < 3; i++)
        {
            mailbox.Publish(new LumaPlane(width, height, width, blank), 0, 0);
            _ = mailbox.TakeFrame();
        }
    }

    /// <summary>A processor for pictures of this size, which the run then plays with.</summary>
    private static FrameProcessor NewProcessor(Core.Mapping.Mapping mapping, int width, int height, LiveRunState run)
    {
        run.ProcessorWidth = width;
        run.ProcessorHeight = height;
        return new FrameProcessor(mapping, width, height);
    }
}
