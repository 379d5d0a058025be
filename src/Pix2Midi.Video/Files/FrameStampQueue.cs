namespace Pix2Midi.Video.Files;

/// <summary>
/// A bounded first-in first-out queue of <see cref="FrameStamp"/>s from the thread that reads
/// <c>ffmpeg</c>'s log to the thread that reads its frames. Allocates nothing once created.
/// </summary>
/// <remarks>
/// One producer, one consumer. A full queue makes the producer wait; that cannot deadlock,
/// because <c>ffmpeg</c> logs each frame before it writes the frame, so the consumer never
/// waits for an entry that sits behind a full queue.
/// </remarks>
internal sealed class FrameStampQueue
{
    private readonly FrameStamp[] _items;
    private readonly object _gate = new();
    private int _head;
    private int _count;
    private bool _completed;
    private bool _closed;

    /// <summary>Creates a queue that holds up to <paramref name="capacity"/> entries.</summary>
    public FrameStampQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _items = new FrameStamp[capacity];
    }

    /// <summary>Adds an entry, waiting while the queue is full.</summary>
    /// <returns><see langword="false"/> when the consumer has closed the queue.</returns>
    public bool Add(FrameStamp stamp)
    {
        lock (_gate)
        {
            while (_count == _items.Length && !_closed)
            {
                Monitor.Wait(_gate);
            }

            if (_closed)
            {
                return false;
            }

            _items[(_head + _count) % _items.Length] = stamp;
            _count++;
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>Marks the end of the entries: the log has ended.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The consumer is gone: a waiting or later <see cref="Add"/> returns at once.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Takes the oldest entry, waiting up to <paramref name="timeout"/> for one.</summary>
    /// <returns><see langword="false"/> when the log ended with no entry left, or none came in time.</returns>
    public bool TryTake(TimeSpan timeout, out FrameStamp stamp)
    {
        lock (_gate)
        {
            while (_count == 0 && !_completed)
            {
                if (!Monitor.Wait(_gate, timeout))
                {
                    stamp = default;
                    return false;
                }
            }

            if (_count == 0)
            {
                stamp = default;
                return false;
            }

            stamp = _items[_head];
            _head = (_head + 1) % _items.Length;
            _count--;
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>Takes the oldest entry if there is one, without waiting.</summary>
    public bool TryTakeNow(out FrameStamp stamp) => TryTake(TimeSpan.Zero, out stamp);
}
