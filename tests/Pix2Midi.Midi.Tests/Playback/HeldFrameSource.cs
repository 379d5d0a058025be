using Pix2Midi.Core.Frames;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>A source whose reading stops before frame <paramref name="holdAt"/> until <see cref="Release"/>: an analysis that fell behind.</summary>
public sealed class HeldFrameSource(IFrameSource inner, int holdAt) : IFrameSource
{
    private readonly ManualResetEventSlim _released = new();
    private int _reads;

    public VideoInfo Info => inner.Info;

    public void Release() => _released.Set();

    public bool TryReadFrame(out VideoFrame frame)
    {
        if (_reads++ == holdAt)
        {
            _released.Wait(TimeSpan.FromSeconds(30));
        }

        return inner.TryReadFrame(out frame);
    }

    public void Dispose()
    {
        inner.Dispose();
        _released.Dispose();
    }
}
