using Pix2Midi.Core.Frames;

namespace Pix2Midi.Testing;

/// <summary>
/// A frame source made of uniform grey frames at given times: the image-sequence stand-in for a
/// video in tests that need exact brightness and timing without decoding anything.
/// </summary>
public sealed class SyntheticFrameSource : IFrameSource
{
    private readonly (TimeSpan Time, byte Level)[] _frames;
    private readonly byte[] _plane;
    private readonly int _width;
    private readonly int _height;
    private int _next;

    public SyntheticFrameSource(IEnumerable<(TimeSpan Time, byte Level)> frames, FrameRate? rate = null, int width = 16, int height = 16, int failAt = -1)
    {
        _frames = [.. frames];
        _width = width;
        _height = height;
        _plane = new byte[width * height];
        FailAt = failAt;
        Info = new VideoInfo("synthetic", width, height, rate, _frames.Length, null, "test");
    }

    /// <summary>Frames at <paramref name="fps"/> frames a second with the given levels.</summary>
    public static SyntheticFrameSource AtRate(int fps, params byte[] levels) =>
        new(levels.Select((level, i) => (TimeSpan.FromTicks((long)Math.Round(i * TimeSpan.TicksPerSecond / (double)fps)), level)), new FrameRate(fps, 1));

    /// <summary>Throws a <see cref="FrameSourceException"/> when asked for this frame index.</summary>
    public int FailAt { get; }

    public VideoInfo Info { get; }

    public int Reads => _next;

    public bool Disposed { get; private set; }

    /// <summary>Bytes allocated on the reading thread, sampled at each read (for allocation tests).</summary>
    public List<long> AllocatedAtRead { get; } = new(4096);

    public bool TryReadFrame(out VideoFrame frame)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        if (AllocatedAtRead.Count < AllocatedAtRead.Capacity)
        {
            AllocatedAtRead.Add(GC.GetAllocatedBytesForCurrentThread());
        }

        if (_next == FailAt)
        {
            throw new FrameSourceException($"synthetic: frame {_next} is damaged");
        }

        if (_next >= _frames.Length)
        {
            frame = default;
            return false;
        }

        var (time, level) = _frames[_next];
        _plane.AsSpan().Fill(level);
        frame = new VideoFrame(new LumaPlane(_width, _height, _width, _plane), time, _next);
        _next++;
        return true;
    }

    public void Dispose() => Disposed = true;
}
