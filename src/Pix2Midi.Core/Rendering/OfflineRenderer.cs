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
        var buffer = new NoteEvent[processor.MaxEventsPerFrame];
        var events = new List<NoteEvent>(1024);
        var gridTimeBase = info.NominalRate is { } rate ? SmfTimeBase.ForFrameRate(rate) : SmfTimeBase.Fine;
        var onGrid = true;
        var onFine = true;
        long frames = 0;
        long notes = 0;
        var last = TimeSpan.Zero;
        var previous = TimeSpan.Zero;

        while (source.TryReadFrame(out var frame))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = processor.Process(frame, buffer);
            for (var i = 0; i < count; i++)
            {
                events.Add(buffer[i]);
                if (buffer[i].Kind == NoteEventKind.NoteOn)
                {
                    notes++;
                }
            }

            onGrid &= gridTimeBase.IsExact(frame.Timestamp);
            onFine &= SmfTimeBase.Fine.IsExact(frame.Timestamp);
            previous = last;
            last = frame.Timestamp;
            frames++;
            observer?.OnFrame(new RenderProgress(frames, last, notes));
        }

        var frameDuration = info.NominalRate?.FrameDuration ?? (frames > 1 ? last - previous : TimeSpan.FromSeconds(1.0 / 30));
        var end = frames == 0 ? TimeSpan.Zero : last + frameDuration;
        var released = processor.ReleaseAll(end, buffer);
        events.AddRange(buffer.AsSpan(0, released));
        var timeBase = onGrid ? gridTimeBase : SmfTimeBase.Fine;
        return new RenderResult(events, frames, end, timeBase, onGrid || onFine, notes);
    }
}
