using Pix2Midi.Core.Frames;

namespace Pix2Midi.Midi.Tests.Playback.Live;

/// <summary>How a <see cref="FakeCamera"/> behaves once its pictures run out.</summary>
public enum FakeCameraEnd
{
    /// <summary>Throws, like an unplugged camera.</summary>
    Unplugged,

    /// <summary>Blocks until cancelled, like a stream that stalls.</summary>
    Stalls,

    /// <summary>Returns false.</summary>
    Ends,
}

/// <summary>A live source of uniform grey pictures at a steady pace, then a loss of the chosen kind.</summary>
public sealed class FakeCamera : IFrameSource
{
    private readonly byte[] _levels;
    private readonly TimeSpan _interval;
    private readonly FakeCameraEnd _end;
    private readonly CancellationToken _cancellation;
    private readonly byte[] _plane = new byte[16 * 16];
    private int _next;

    public FakeCamera(byte[] levels, TimeSpan interval, FakeCameraEnd end = FakeCameraEnd.Stalls, CancellationToken cancellation = default, string name = "fake camera")
    {
        _levels = levels;
        _interval = interval;
        _end = end;
        _cancellation = cancellation;
        Info = new VideoInfo(name, 16, 16, null, null, null, "test");
    }

    public VideoInfo Info { get; }

    public bool Disposed { get; private set; }

    /// <summary>Bytes allocated on the capture thread, sampled at each read.</summary>
    public List<long> AllocatedAtRead { get; } = new(1024);

    public bool TryReadFrame(out VideoFrame frame)
    {
        if (AllocatedAtRead.Count < AllocatedAtRead.Capacity)
        {
            AllocatedAtRead.Add(GC.GetAllocatedBytesForCurrentThread());
        }

        frame = default;
        if (_next >= _levels.Length)
        {
            switch (_end)
            {
                case FakeCameraEnd.Unplugged:
                    throw new FrameSourceException($"{Info.Name}: stopped giving pictures (unplugged?)");
                case FakeCameraEnd.Stalls:
                    _cancellation.WaitHandle.WaitOne();
                    return false;
                default:
                    return false;
            }
        }

        if (_interval > TimeSpan.Zero)
        {
            Thread.Sleep(_interval);
        }

        _plane.AsSpan().Fill(_levels[_next]);
        frame = new VideoFrame(new LumaPlane(16, 16, 16, _plane), TimeSpan.FromTicks(_next * _interval.Ticks), _next);
        _next++;
        return true;
    }

    public void Dispose() => Disposed = true;

    /// <summary>Runs of pictures: so many at this level, then so many at that.</summary>
    public static byte[] Levels(params (byte Level, int Count)[] runs) => [.. runs.SelectMany(r => Enumerable.Repeat(r.Level, r.Count))];
}
