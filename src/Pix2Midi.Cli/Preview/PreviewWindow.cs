using System.Diagnostics;
using OpenCvSharp;
using Pix2Midi.Core.Mapping;
using Pix2Midi.Video.OpenCv;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// The <c>--preview</c> window (OpenCV's highgui): the video, in colour when the source gives
/// colour, with the regions drawn, lit as they sound, what they read (mean colour, centre of
/// position), and a status line. Keys: <c>q</c>/Esc quit, space pause (where the player can), <c>r</c>
/// reload the mapping.
/// </summary>
/// <remarks>
/// <para>
/// Everything about the window happens on its own thread, which creates it, draws and pumps its
/// events (GTK and Win32 want one thread for all three). It sits behind the MIDI path: frames
/// come through <see cref="Frames"/>, which never blocks the thread offering them and drops what
/// the window cannot keep up with; lit regions come from <see cref="Notes"/>, an output handed
/// every message like a port; a key pressed is acted on here, never on the player's threads.
/// <c>Cv2.WaitKey</c> paces the drawing and nothing else.
/// </para>
/// <para>
/// With no display, or when the window cannot be created, <see cref="Open"/> says so in one line
/// and returns null: the run goes on without it. <c>PIX2MIDI_PREVIEW_DUMP=FILE.png</c> writes the
/// last picture shown when the window closes (for tests and bug reports).
/// </para>
/// </remarks>
internal sealed class PreviewWindow : IDisposable
{
    public const string DumpVariable = "PIX2MIDI_PREVIEW_DUMP";

    private static readonly TimeSpan RedrawAtLeast = TimeSpan.FromMilliseconds(100);

    private readonly string _title;
    private readonly TextWriter _messages;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _quit = new();
    private readonly ManualResetEventSlim _started = new();
    private readonly PreviewRenderer _renderer = new();
    private readonly PreviewReadings _readings = new();
    private Mapping _mapping;
    private volatile bool _stop;
    private string? _failure;
    private bool _shownAny;

    private PreviewWindow(string title, Mapping mapping, PreviewState state, PreviewFrames frames, TextWriter messages)
    {
        _title = title;
        _mapping = mapping;
        State = state;
        Frames = frames;
        _messages = messages;
        _thread = new Thread(Run) { IsBackground = true, Name = "Pix2Midi preview" };
    }

    /// <summary>The output to add to the run's outputs, so the window knows which notes sound.</summary>
    public PreviewNotes Notes { get; } = new();

    public PreviewFrames Frames { get; }

    public PreviewState State { get; }

    /// <summary>Cancelled when <c>q</c> or Esc is pressed.</summary>
    public CancellationToken Quit => _quit.Token;

    public bool QuitRequested => _quit.IsCancellationRequested;

    /// <summary>Called on the window's thread when <c>r</c> is pressed; returns a word for the status line.</summary>
    public Func<string>? Reload { get; init; }

    /// <summary>Called on the window's thread when space is pressed; returns whether the run is now paused, or null when it cannot pause.</summary>
    public Func<bool?>? Pause { get; init; }

    /// <summary>Opens the window, or says in one line why there is none and returns null.</summary>
    public static PreviewWindow? Open(string title, Mapping mapping, PreviewState state, PreviewFrames frames, TextWriter messages, Func<string>? reload = null, Func<bool?>? pause = null)
    {
        if (PreviewDisplay.Missing() is { } why)
        {
            messages.WriteLine($"No preview window: {why}; playing on without it.");
            return null;
        }

        // A library that cannot load (GTK missing) is one line here and a run without the window,
        // not a failure of the run.
        if (OpenCvRuntime.Load() is { } failure)
        {
            messages.WriteLine($"No preview window: {failure}; playing on without it.");
            return null;
        }

        var window = new PreviewWindow(title, mapping, state, frames, messages) { Reload = reload, Pause = pause };
        window._thread.Start();
        if (!window._started.Wait(TimeSpan.FromSeconds(10)) || window._failure is not null)
        {
            messages.WriteLine($"No preview window: {window._failure ?? "the window did not open within 10 s"}; playing on without it.");
            window.Dispose();
            return null;
        }

        return window;
    }

    /// <summary>Draws a new mapping's regions from now on.</summary>
    public void SetMapping(Mapping mapping) => Volatile.Write(ref _mapping, mapping);

    public void Dispose()
    {
        _stop = true;
        if (_thread.IsAlive)
        {
            _thread.Join(TimeSpan.FromSeconds(5));
        }

        _renderer.Dispose();
        _started.Dispose();
        _quit.Dispose();
    }

    private void Run()
    {
        try
        {
            Cv2.NamedWindow(_title, WindowFlags.AutoSize);
            Cv2.MoveWindow(_title, 0, 0);
        }
        catch (Exception e) when (e is OpenCVException or TypeInitializationException or DllNotFoundException)
        {
            _failure = $"OpenCV could not open a window ({OneLine(e.Message)})";
            _started.Set();
            return;
        }

        _started.Set();
        try
        {
            Loop();
            if (Environment.GetEnvironmentVariable(DumpVariable) is { Length: > 0 } dump && _shownAny)
            {
                Cv2.ImWrite(dump, _renderer.Canvas);
            }
        }
        catch (Exception e) when (e is OpenCVException)
        {
            _messages.WriteLine($"The preview window failed ({OneLine(e.Message)}); playing on without it.");
        }
        finally
        {
            try
            {
                Cv2.DestroyWindow(_title);
                Cv2.WaitKey(1);
            }
            catch (OpenCVException)
            {
            }
        }
    }

    private void Loop()
    {
        PreviewFrame? drawn = null;
        var drawnAt = 0L;
        var drawnTime = TimeSpan.MinValue;
        while (!_stop)
        {
            var (pass, time) = State.Clock();
            var frame = Frames.TakeDue(pass, time);
            if (frame is not null && (!ReferenceEquals(frame, drawn) || Stopwatch.GetElapsedTime(drawnAt) > RedrawAtLeast || frame.Time != drawnTime))
            {
                var mapping = Volatile.Read(ref _mapping);
                var readings = _readings.Measure(frame, mapping);
                Cv2.ImShow(_title, _renderer.Render(frame, mapping.Regions, Notes.IsLit, State.Text(), readings));
                drawn = frame;
                drawnTime = frame.Time;
                drawnAt = Stopwatch.GetTimestamp();
                _shownAny = true;
            }

            // Pumps the window's events, and is the wait between two drawings.
            Act(PreviewKeys.Interpret(Cv2.WaitKey(10)));
        }
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private void Act(PreviewKey key)
    {
        switch (key)
        {
            case PreviewKey.Quit:
                if (!_quit.IsCancellationRequested)
                {
                    State.Flash("stopping");
                    _quit.Cancel();
                }

                break;
            case PreviewKey.Reload:
                State.Flash(Reload?.Invoke() ?? "nothing to reload");
                break;
            case PreviewKey.Pause:
                if (Pause?.Invoke() is { } paused)
                {
                    State.SetPaused(paused);
                }
                else
                {
                    State.Flash(State.Live ? "a live source cannot pause" : "not playing yet");
                }

                break;
        }
    }
}
