using System.Diagnostics;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>
/// Pauses a <see cref="RealtimePlayer"/> from its own observer once a condition holds (on the
/// clock thread, so exactly after that frame), and tells the test when the clock has stopped and
/// gone on again. Play runs on a thread of its own, since it blocks while paused.
/// </summary>
public sealed class PauseScript(Func<PlaybackStatus, bool> pauseWhen) : IPlaybackObserver, IPauseObserver, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly ManualResetEventSlim _paused = new();
    private readonly ManualResetEventSlim _resumed = new();
    private readonly long[] _allocated = new long[1000];
    private bool _asked;
    private Thread? _thread;
    private PlaybackResult? _result;
    private Exception? _error;

    public RealtimePlayer? Player { get; set; }

    /// <summary>Where the clock stopped, as the player said.</summary>
    public TimeSpan StoppedAt { get; private set; }

    /// <summary>How long it stood still, as the player said.</summary>
    public TimeSpan StoodFor { get; private set; }

    /// <summary>When the pause was asked for (a <see cref="Stopwatch"/> timestamp).</summary>
    public long AskedAt { get; private set; }

    public void OnFrame(in PlaybackStatus status)
    {
        if (status.Frames < _allocated.Length)
        {
            _allocated[status.Frames] = GC.GetAllocatedBytesForCurrentThread();
        }

        if (!_asked && pauseWhen(status))
        {
            _asked = true;
            AskedAt = Stopwatch.GetTimestamp();
            Player!.Pause();
        }
    }

    public void OnPaused(TimeSpan position)
    {
        StoppedAt = position;
        _paused.Set();
    }

    public void OnResumed(TimeSpan pausedFor)
    {
        StoodFor = pausedFor;
        _resumed.Set();
    }

    /// <summary>Waits until the clock has stopped and every note was silenced.</summary>
    public void WaitUntilPaused() => Assert.True(_paused.Wait(Patience), "the player never paused");

    public bool Resumed => _resumed.IsSet;

    /// <summary>Bytes allocated on the clock thread between two frame counts.</summary>
    public long AllocatedBetween(int from, int to) => _allocated[to] - _allocated[from];

    /// <summary>Runs <paramref name="play"/> on its own thread.</summary>
    public void Start(Func<PlaybackResult> play)
    {
        _thread = new Thread(() =>
        {
            try
            {
                _result = play();
            }
            catch (Exception e)
            {
                _error = e;
            }
        })
        {
            IsBackground = true,
            Name = "test player",
        };
        _thread.Start();
    }

    /// <summary>The run's result, once it has ended (it must within the patience).</summary>
    public PlaybackResult Finish()
    {
        Assert.True(_thread!.Join(Patience), "the run did not end");
        return _error is null ? _result! : throw new InvalidOperationException("Play threw", _error);
    }

    public void Dispose()
    {
        _paused.Dispose();
        _resumed.Dispose();
    }
}
