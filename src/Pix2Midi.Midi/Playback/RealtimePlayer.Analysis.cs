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
        var clock = SendsClock ? new MidiClock(mapping.Time) : null;
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
                    slot.Count = 0;
                    if (mappingUpdates?.Invoke() is { } replacement)
                    {
                        // Hot reload: notes of regions that changed or went away stop on this frame,
                        // unchanged regions play on, and the new mapping is heard from this frame.
                        Append(slot, processor.Replace(replacement, frame.Timestamp), offset);
                        mapping = replacement;
                        clock?.ChangeTempo(replacement.Time);
                    }

                    Append(slot, processor.Process(frame), offset);
                    if (clock is not null)
                    {
                        MergeClock(slot, clock);
                    }

                    queue.EndWrite();
                }

                var frameDuration = info.NominalRate?.FrameDuration ?? (frames > 1 ? last - previous : TimeSpan.FromSeconds(1.0 / 30));
                var end = offset + last + frameDuration;
                var endSlot = queue.BeginWrite(cancellationToken);
                if (endSlot is null)
                {
                    return;
                }

                endSlot.Kind = FrameSlotKind.EndOfPass;
                endSlot.Count = 0;
                Append(endSlot, processor.Finish(last + frameDuration), offset);
                // Quantised, the last notes may end after the last frame: the pass lasts until they do,
                // and the next starts on a beat, so the grid (and a clock) goes on in step.
                if (endSlot.Count > 0 && endSlot.Events[endSlot.Count - 1].Time > end)
                {
                    end = endSlot.Events[endSlot.Count - 1].Time;
                }

                endSlot.Time = end;
                if (clock is not null)
                {
                    MergeClock(endSlot, clock);
                }

                queue.EndWrite();
                offset = mapping.Time.Quantizes ? mapping.Time.NextBeat(end) : end;
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

    /// <summary>Adds events to a slot, each moved by <paramref name="offset"/> (the passes before this one).</summary>
    private static void Append(FrameSlot slot, ReadOnlySpan<Core.Events.NoteEvent> events, TimeSpan offset)
    {
        var capacity = slot.Count + events.Length;
        Reserve(slot, capacity);

        for (var i = 0; i < events.Length; i++)
        {
            slot.Events[slot.Count + i] = events[i] with { Time = offset + events[i].Time };
        }

        slot.Count = capacity;
    }

    /// <summary>
    /// Merges the clock's messages due up to the slot's last time (its frame's, or its last event's
    /// when that is later) among its events, in time order; at equal times the clock's go first.
    /// </summary>
    /// <remarks>Later slots hold nothing earlier (the scheduler releases in time order), so every pulse is handed over in its place.</remarks>
    private static void MergeClock(FrameSlot slot, MidiClock clock)
    {
        var until = slot.Count > 0 && slot.Events[slot.Count - 1].Time > slot.Time ? slot.Events[slot.Count - 1].Time : slot.Time;
        var due = clock.Due(until);
        if (due.IsEmpty)
        {
            return;
        }

        var total = slot.Count + due.Length;
        Reserve(slot, total);
        var events = slot.Events;
        var e = slot.Count - 1;
        var c = due.Length - 1;
        for (var w = total - 1; c >= 0; w--)
        {
            events[w] = e >= 0 && events[e].Time >= due[c].Time ? events[e--] : due[c--];
        }

        slot.Count = total;
    }

    /// <summary>Room for <paramref name="capacity"/> events (grown, not allocated, in steady state).</summary>
    private static void Reserve(FrameSlot slot, int capacity)
    {
        if (slot.Events.Length < capacity)
        {
            var larger = new Core.Events.NoteEvent[Math.Max(capacity, slot.Events.Length * 2)];
            slot.Events.AsSpan(0, slot.Count).CopyTo(larger);
            slot.Events = larger;
        }
    }
}
