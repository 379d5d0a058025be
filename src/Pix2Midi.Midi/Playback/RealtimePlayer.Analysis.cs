using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Midi.Playback;

/// <summary>The analysis thread: decode, sample and map ahead of the clock.</summary>
public sealed partial class RealtimePlayer
{
    private void Analyse(Func<IFrameSource> openSource, Core.Mapping.Mapping mapping, Func<Core.Mapping.Mapping?>? mappingUpdates, FrameQueue queue, CancellationToken cancellationToken)
    {
        var offset = TimeSpan.Zero;
        var dropTicks = ToTicks(_options.DropAfter);
        try
        {
            do
            {
                using var source = openSource();
                var info = source.Info;
                var processor = new FrameProcessor(mapping, info.Width, info.Height);
                var last = TimeSpan.Zero;
                var previous = TimeSpan.Zero;
                long frames = 0;
                while (source.TryReadFrame(out var frame))
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }

                    var time = offset + frame.Timestamp;
                    previous = last;
                    last = frame.Timestamp;
                    frames++;
                    if (IsBehind(time, dropTicks))
                    {
                        Interlocked.Increment(ref _dropped);
                        continue;
                    }

                    var slot = queue.BeginWrite(cancellationToken);
                    if (slot is null)
                    {
                        return;
                    }

                    slot.Kind = FrameSlotKind.Frame;
                    slot.Time = time;
                    var count = 0;
                    if (mappingUpdates?.Invoke() is { } replacement)
                    {
                        // Hot reload: notes of regions that changed or went away stop on this frame,
                        // unchanged regions play on, and the new mapping is heard from this frame.
                        Reserve(slot, processor.MaxEventsOnReplace);
                        count = processor.Replace(replacement, time, slot.Events);
                        mapping = replacement;
                    }

                    slot.Count = count;
                    Reserve(slot, count + processor.MaxEventsPerFrame);
                    count += processor.Process(frame, slot.Events.AsSpan(count));
                    Restamp(slot.Events.AsSpan(0, count), time);
                    slot.Count = count;
                    queue.EndWrite();
                }

                var frameDuration = info.NominalRate?.FrameDuration ?? (frames > 1 ? last - previous : TimeSpan.FromSeconds(1.0 / 30));
                var end = offset + last + frameDuration;
                var endSlot = queue.BeginWrite(cancellationToken);
                if (endSlot is null)
                {
                    return;
                }

                Reserve(endSlot, processor.MaxEventsPerFrame);
                endSlot.Kind = FrameSlotKind.EndOfPass;
                endSlot.Time = end;
                endSlot.Count = processor.ReleaseAll(end, endSlot.Events);
                queue.EndWrite();
                offset = end;
            }
            while (_options.Loop && !cancellationToken.IsCancellationRequested);

            if (queue.BeginWrite(cancellationToken) is { } finished)
            {
                finished.Kind = FrameSlotKind.Finished;
                queue.EndWrite();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while reading or analysing: the clock thread stops by the same token.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (queue.BeginWrite(cancellationToken) is { } failed)
            {
                failed.Kind = FrameSlotKind.Failed;
                failed.Error = e is FrameSourceException ? e : new FrameSourceException($"analysis failed: {e.Message}", e);
                queue.EndWrite();
            }
        }
    }

    private static void Reserve(FrameSlot slot, int capacity)
    {
        if (slot.Events.Length < capacity)
        {
            var larger = new Core.Events.NoteEvent[capacity];
            slot.Events.AsSpan(0, slot.Count).CopyTo(larger);
            slot.Events = larger;
        }
    }

    private static void Restamp(Span<Core.Events.NoteEvent> events, TimeSpan time)
    {
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = events[i] with { Time = time };
        }
    }
}
