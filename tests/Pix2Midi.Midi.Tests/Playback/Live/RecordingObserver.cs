using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Tests.Playback.Live;

/// <summary>Keeps what a live run reported; optionally slow, to make the capture thread drop pictures.</summary>
public sealed class RecordingObserver(TimeSpan? slowness = null, Action<LiveStatus>? onFrame = null) : ILiveObserver
{
    private readonly Lock _lock = new();
    private readonly List<SourceNotice> _notices = [];

    public List<byte> Levels { get; } = new(4096);

    public List<long> AllocatedAtFrame { get; } = new(4096);

    public IReadOnlyList<SourceNotice> Notices
    {
        get
        {
            lock (_lock)
            {
                return [.. _notices];
            }
        }
    }

    public void OnFrame(LumaPlane luma, in LiveStatus status)
    {
        if (AllocatedAtFrame.Count < AllocatedAtFrame.Capacity)
        {
            AllocatedAtFrame.Add(GC.GetAllocatedBytesForCurrentThread());
            Levels.Add(luma.Pixels[0]);
        }

        onFrame?.Invoke(status);
        if (slowness is { } wait)
        {
            Thread.Sleep(wait);
        }
    }

    public void OnNotice(in SourceNotice notice)
    {
        lock (_lock)
        {
            _notices.Add(notice);
        }
    }
}
