using Pix2Midi.Core.Frames;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// Frames on their way to the preview window: offered by the thread that has them, taken by the
/// drawing thread when they are due. Never blocks the offering thread: with no free slot the
/// frame is simply not shown (counted in <see cref="Dropped"/>).
/// </summary>
/// <remarks>
/// Live, only the newest waiting frame is kept. In <c>run</c>, frames are offered by the analysis
/// thread ahead of the clock and wait, in order, until the clock reaches them. Slots are reused;
/// the lock is held only to move slots between lists, never while copying pixels.
/// </remarks>
internal sealed class PreviewFrames
{
    private readonly object _gate = new();
    private readonly Stack<PreviewFrame> _free;
    private readonly Queue<PreviewFrame> _waiting;
    private readonly bool _newestOnly;
    private PreviewFrame? _shown;
    private long _dropped;
    private bool _signal;

    public PreviewFrames(int capacity, bool newestOnly)
    {
        var slots = Math.Max(3, capacity);
        _free = new Stack<PreviewFrame>(slots);
        _waiting = new Queue<PreviewFrame>(slots);
        for (var i = 0; i < slots; i++)
        {
            _free.Push(new PreviewFrame());
        }

        _newestOnly = newestOnly;
    }

    /// <summary>Frames that found no free slot, or were replaced before they were shown.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Copies a frame without colour in if a slot is free; returns at once either way.</summary>
    public bool Offer(LumaPlane luma, long pass, TimeSpan time) => Offer(luma, default, pass, time);

    /// <summary>Copies a frame (its colour too, unless <paramref name="chroma"/> is empty) in if a slot is free; returns at once either way.</summary>
    public bool Offer(LumaPlane luma, ChromaPlanes chroma, long pass, TimeSpan time)
    {
        PreviewFrame? slot;
        lock (_gate)
        {
            if (!_free.TryPop(out slot))
            {
                _dropped++;
                return false;
            }
        }

        slot.CopyFrom(luma, chroma, pass, time);
        lock (_gate)
        {
            _waiting.Enqueue(slot);
            while (_newestOnly && _waiting.Count > 1)
            {
                _free.Push(_waiting.Dequeue());
                _dropped++;
            }

            _signal = true;
            Monitor.Pulse(_gate);
        }

        return true;
    }

    /// <summary>
    /// The frame to show for the clock at (<paramref name="pass"/>, <paramref name="time"/>): the
    /// newest one due, or the one shown last when none is newly due; null before the first.
    /// </summary>
    /// <remarks>The frame returned stays untouched until a later call returns another.</remarks>
    public PreviewFrame? TakeDue(long pass, TimeSpan time)
    {
        lock (_gate)
        {
            PreviewFrame? newest = null;
            while (_waiting.TryPeek(out var next) && (next.Pass < pass || (next.Pass == pass && next.Time <= time)))
            {
                _waiting.Dequeue();
                if (newest is not null)
                {
                    _free.Push(newest);
                    _dropped++;
                }

                newest = next;
            }

            if (newest is not null)
            {
                if (_shown is not null)
                {
                    _free.Push(_shown);
                }

                _shown = newest;
            }

            return _shown;
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for a frame to be offered.</summary>
    public void Wait(TimeSpan timeout)
    {
        lock (_gate)
        {
            if (!_signal)
            {
                Monitor.Wait(_gate, timeout);
            }

            _signal = false;
        }
    }
}
