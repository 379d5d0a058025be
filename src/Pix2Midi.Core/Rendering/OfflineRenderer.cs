using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Smf;

namespace Pix2Midi.Core.Rendering;

/// <summary>Runs a whole video through sampler and mapping engine as fast as it decodes.</summary>
/// <remarks>
/// Knows no clock: events carry the frames' own timestamps, so the result is the same however
/// fast the machine is. The real-time player runs the same stages against a clock.
/// </remarks>
public static class OfflineRenderer
{
    /// <summary>Renders every frame of <paramref name="source"/> with <paramref name="mapping"/>.</summary>
    /// <exception cref="FrameSourceException">The video failed to decode.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RenderResult Render(IFrameSource source, Mapping.Mapping mapping, IRenderObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mapping);
        var info = source.Info;
        var processor = new FrameProcessor(mapping, info.Width, info.Height);
        var events = new List<NoteEvent>(1024);
        var fine = SmfTimeBase.FineAt(mapping.Time);
        var gridTimeBase = SmfTimeBase.ForVideo(info.NominalRate, mapping.Time);
        var onGrid = true;
        var onFine = true;
        long frames = 0;
        long notes = 0;
        var last = TimeSpan.Zero;
        var previous = TimeSpan.Zero;

        while (source.TryReadFrame(out var frame))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var e in processor.Process(frame))
            {
                events.Add(e);
                if (e.Kind == NoteEventKind.NoteOn)
                {
                    notes++;
                }
            }

            onGrid &= gridTimeBase.IsExact(frame.Timestamp);
            onFine &= fine.IsExact(frame.Timestamp);
            previous = last;
            last = frame.Timestamp;
            frames++;
            observer?.OnFrame(new RenderProgress(frames, last, notes));
        }

        var frameDuration = info.NominalRate?.FrameDuration ?? (frames > 1 ? last - previous : TimeSpan.FromSeconds(1.0 / 30));
        var end = frames == 0 ? TimeSpan.Zero : last + frameDuration;
        foreach (var e in processor.Finish(end))
        {
            events.Add(e);
        }

        // Quantised, the last notes may end after the last frame: the piece lasts until they do.
        if (events.Count > 0 && events[^1].Time > end)
        {
            end = events[^1].Time;
        }

        var timeBase = onGrid ? gridTimeBase : fine;
        return new RenderResult(events, frames, end, timeBase, onGrid || onFine, notes);
    }
}
