namespace Pix2Midi.Midi.Playback;

/// <summary>
/// A bounded single-producer/single-consumer queue of reusable <see cref="FrameSlot"/>s: the
/// analysis thread fills slots ahead of the clock, the clock thread empties them in order.
/// </summary>
/// <remarks>Allocates nothing after construction. Waits poll so that cancellation is seen within 20 ms.</remarks>
internal sealed class FrameQueue : IDisposable
{
    private readonly FrameSlot[] _slots;
    private readonly SemaphoreSlim _free;
    private readonly SemaphoreSlim _filled = new(0);
    private long _writeIndex;
    private long _readIndex;

    public FrameQueue(int capacity, int eventsPerSlot)
    {
        _slots = new FrameSlot[Math.Max(2, capacity)];
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new FrameSlot(eventsPerSlot);
        }

        _free = new SemaphoreSlim(_slots.Length);
    }

    /// <summary>The next slot to fill, or null when cancelled while the queue was full.</summary>
    public FrameSlot? BeginWrite(CancellationToken cancellationToken)
    {
        while (!_free.Wait(20))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        var slot = _slots[_writeIndex % _slots.Length];
        slot.Error = null;
        slot.Count = 0;
        return slot;
    }

    public void EndWrite()
    {
        _writeIndex++;
        _filled.Release();
    }

    /// <summary>Whether a filled slot is ready to read (the next <see cref="BeginRead"/> will not wait).</summary>
    public bool HasFilled => _filled.CurrentCount > 0;

    /// <summary>The next filled slot, or null when cancelled while waiting.</summary>
    public FrameSlot? BeginRead(CancellationToken cancellationToken)
    {
        while (!_filled.Wait(20))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        return _slots[_readIndex % _slots.Length];
    }

    public void EndRead()
    {
        _readIndex++;
        _free.Release();
    }

    public void Dispose()
    {
        _free.Dispose();
        _filled.Dispose();
    }
}
