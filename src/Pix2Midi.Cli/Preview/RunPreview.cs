using Pix2Midi.Cli.Playback;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// <c>run --preview</c>: the window, and the few hooks <see cref="RunService"/> needs to feed it
/// without touching the MIDI path: a tap on the video source, an output that sees the notes, an
/// observer for the clock, and the <c>q</c>, space and <c>r</c> keys.
/// </summary>
internal sealed class RunPreview : IDisposable, IPlaybackObserver
{
    /// <summary>Frames the analysis thread may decode ahead of the clock, plus a few.</summary>
    private const int FramesAhead = 24;

    private readonly PreviewWindow _window;
    private readonly ManualReload _reload;
    private readonly PreviewPause _pause;
    private readonly CancellationTokenSource _stop;
    private IPlaybackObserver? _inner;
    private long _passes;

    private RunPreview(PreviewWindow window, ManualReload reload, PreviewPause pause, CancellationToken cancellationToken)
    {
        _window = window;
        _reload = reload;
        _pause = pause;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, window.Quit);
    }

    /// <summary>Stops the run: Ctrl+C, SIGTERM, or <c>q</c> in the window.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Opens the window when asked for and possible; null otherwise (having said why).</summary>
    public static RunPreview? Open(bool wanted, Mapping mapping, string mappingPath, string video, VideoInfo info, TextWriter output, CancellationToken cancellationToken)
    {
        if (!wanted)
        {
            return null;
        }

        var state = new PreviewState(live: false, info.Duration, canPause: true);
        var frames = new PreviewFrames(FramesAhead, newestOnly: false);
        var reload = new ManualReload(mappingPath, output);
        var pause = new PreviewPause(output);
        var window = PreviewWindow.Open($"Pix2Midi - {Path.GetFileName(video)}", mapping, state, frames, output, reload.Reload, pause.Toggle);
        if (window is null)
        {
            return null;
        }

        reload.Loaded += window.SetMapping;
        return new RunPreview(window, reload, pause, cancellationToken);
    }

    /// <summary>Lets space pause <paramref name="player"/> (made after the window opened).</summary>
    public void Control(RealtimePlayer player) => _pause.Control(player);

    /// <summary>Lets the window see every note, from now on (added after the destinations were named).</summary>
    public void Attach(OpenedOutputs outputs) => outputs.Add(_window.Notes);

    /// <summary>This preview, watching the clock, in front of the status line (or nothing).</summary>
    public IPlaybackObserver Observe(IPlaybackObserver? inner)
    {
        _inner = inner;
        return this;
    }

    /// <summary>The source, feeding the window too; each call is the next pass through the video.</summary>
    public IFrameSource Tap(IFrameSource source) => new PreviewSourceTap(source, _window.Frames, Interlocked.Increment(ref _passes) - 1);

    /// <summary>Draws the regions of every mapping the file watcher reloads.</summary>
    public void Follow(MappingWatcher watcher)
    {
        ArgumentNullException.ThrowIfNull(watcher);
        watcher.Reloaded += (_, reload) =>
        {
            if (reload.Mapping is { } mapping)
            {
                _window.SetMapping(mapping);
            }
        };
    }

    /// <summary>A mapping reloaded with <c>r</c>, for the player to take.</summary>
    public Mapping? MappingUpdates() => _reload.Take();

    /// <summary><c>q</c> in the window is a normal way to stop: exit 0 rather than Ctrl+C's 130.</summary>
    public int ExitCode(int code) => code == ExitCodes.Interrupted && _window.QuitRequested ? ExitCodes.Success : code;

    public void OnFrame(in PlaybackStatus status)
    {
        _window.State.Update(status);
        _inner?.OnFrame(status);
    }

    public void Dispose()
    {
        _window.Dispose();
        _stop.Dispose();
    }
}
