using Pix2Midi.Core.Frames;

namespace Pix2Midi.Midi.Playback.Live;

/// <summary>
/// The hand-over between the capture thread and the MIDI thread: room for exactly one waiting
/// frame, the newest. A frame published before the previous one was taken replaces it (and is
/// counted as dropped), so the MIDI thread never works through a queue of stale pictures.
/// </summary>
/// <remarks>
/// Three buffers: one being written, one waiting, one being read. Publishing and taking swap
/// buffer indices under a lock held for a few instructions; the pixels are copied outside it.
/// Capture events (a loss, a failed attempt) travel the same way, in order. Allocates nothing
/// per frame once the buffers have reached the frame size.
/// </remarks>
internal sealed class LatestFrame
{
    private readonly object _gate = new();
    private readonly LiveFrameBuffer[] _buffers = [new(), new(), new()];
    private readonly Queue<CaptureEvent> _events = new();
    private int _writing;
    private int _waiting = -1;
    private int _reading = 1;
    private int _spare = 2;
    private bool _wake;
    private long _overwritten;

    /// <summary>Frames published.</summary>
    public long Published { get; private set; }

    /// <summary>Frames replaced by a newer one before they were taken.</summary>
    public long Overwritten
    {
        get
        {
            lock (_gate)
            {
                return _overwritten;
            }
        }
    }

    /// <summary>Capture thread: copies a frame in and makes it the waiting one.</summary>
    public void Publish(LumaPlane luma, long captureTimestamp, int connection) => Publish(luma, default, captureTimestamp, connection);

    /// <summary>Capture thread: copies a frame with its colour planes in and makes it the waiting one.</summary>
    public void Publish(LumaPlane luma, ChromaPlanes chroma, long captureTimestamp, int connection)
    {
        // _writing belongs to the capture thread alone: only Publish moves it.
        _buffers[_writing].CopyFrom(luma, chroma, captureTimestamp, connection);
        lock (_gate)
        {
            if (_waiting < 0)
            {
                _waiting = _writing;
                _writing = _spare;
                _spare = -1;
            }
            else
            {
                _overwritten++;
                (_waiting, _writing) = (_writing, _waiting);
            }

            Published++;
            _wake = true;
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Capture thread: queues an event for the MIDI thread.</summary>
    public void Post(CaptureEvent captureEvent)
    {
        lock (_gate)
        {
            _events.Enqueue(captureEvent);
            _wake = true;
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Wakes a <see cref="Wait"/> without a frame (to see a cancellation at once).</summary>
    public void Wake()
    {
        lock (_gate)
        {
            _wake = true;
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>MIDI thread: waits until a frame or an event is there, or <paramref name="timeout"/> passes.</summary>
    public void Wait(TimeSpan timeout)
    {
        lock (_gate)
        {
            if (!_wake && timeout > TimeSpan.Zero)
            {
                Monitor.Wait(_gate, timeout);
            }

            _wake = false;
        }
    }

    /// <summary>MIDI thread: the oldest capture event, if any.</summary>
    public bool TryTakeEvent(out CaptureEvent captureEvent)
    {
        lock (_gate)
        {
            return _events.TryDequeue(out captureEvent);
        }
    }

    /// <summary>MIDI thread: the waiting frame, which stays valid until the next call; null when none is waiting.</summary>
    public LiveFrameBuffer? TakeFrame()
    {
        lock (_gate)
        {
            if (_waiting < 0)
            {
                return null;
            }

            _spare = _reading;
            _reading = _waiting;
            _waiting = -1;
            return _buffers[_reading];
        }
    }
}
