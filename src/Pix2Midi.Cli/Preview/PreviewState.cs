using System.Globalization;
using Pix2Midi.Midi.Playback;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Preview;

/// <summary>
/// What the preview's status line says and which frame is due: updated by the player's thread
/// after each frame (a few field copies under a lock), read by the drawing thread.
/// </summary>
internal sealed class PreviewState(bool live, TimeSpan? duration, bool canPause)
{
    private readonly Lock _lock = new();
    private LiveStatus _live;
    private PlaybackStatus _run;
    private long _pass;
    private TimeSpan _passStart;
    private TimeSpan _clock = live ? TimeSpan.MaxValue : TimeSpan.MinValue;
    private int _loops;
    private string? _notice;
    private string? _message;
    private long _messageUntil;
    private bool _paused;

    public bool Live => live;

    public void Update(in LiveStatus status)
    {
        lock (_lock)
        {
            _live = status;
            _notice = null;
        }
    }

    public void Update(in PlaybackStatus status)
    {
        lock (_lock)
        {
            _run = status;
            if (status.Loops != _loops)
            {
                // The frame that ends a pass carries the time the next pass starts at.
                _loops = status.Loops;
                _passStart = status.Position;
            }

            _pass = status.Loops;
            _clock = status.Position - _passStart;
        }
    }

    /// <summary>A condition shown until the next frame (the source is lost).</summary>
    public void SetNotice(string? notice)
    {
        lock (_lock)
        {
            _notice = notice;
        }
    }

    /// <summary>A message shown for a few seconds (a reload, a key that does nothing here).</summary>
    public void Flash(string message)
    {
        lock (_lock)
        {
            _message = message;
            _messageUntil = Environment.TickCount64 + 3000;
        }
    }

    public void SetPaused(bool paused)
    {
        lock (_lock)
        {
            _paused = paused;
        }
    }

    /// <summary>Which frame is due: the pass and the time within it (live: always the newest).</summary>
    public (long Pass, TimeSpan Time) Clock()
    {
        lock (_lock)
        {
            return live ? (long.MaxValue, TimeSpan.MaxValue) : (_pass, _clock);
        }
    }

    /// <summary>The status line: ASCII only (OpenCV's fonts have nothing else).</summary>
    public string Text()
    {
        lock (_lock)
        {
            var keys = !canPause ? "q quit  r reload" : _paused ? "q quit  space play on  r reload" : "q quit  space pause  r reload";
            var flash = _message is not null && Environment.TickCount64 < _messageUntil ? $"  |  {_message}" : string.Empty;
            if (live)
            {
                var state = _notice is null
                    ? Invariant($"LIVE {Clock(_live.Elapsed)}  {_live.FramesPerSecond} fps  {_live.Sounding} sounding  {_live.Notes} notes  {_live.Latency.TotalMilliseconds:0.0} ms  {_live.Dropped} dropped")
                    : $"NO PICTURE: {_notice}";
                return $"{state}  |  {keys}{flash}";
            }

            var total = duration is { } d ? " / " + Clock(d) : string.Empty;
            var loop = _run.Loops > 0 ? Invariant($"  loop {_run.Loops + 1}") : string.Empty;
            var paused = _paused ? "PAUSED  " : string.Empty;
            return Invariant($"{paused}{Clock(_run.Position)}{total}{loop}  frame {_run.Frames}  {_run.Sounding} sounding  {_run.Notes} notes  {_run.LateEvents} late  |  {keys}{flash}");
        }
    }

    private static string Clock(TimeSpan time) =>
        time == TimeSpan.MinValue || time == TimeSpan.MaxValue
            ? "0:00.0"
            : Invariant($"{(int)time.TotalMinutes}:{time.Seconds:00}.{time.Milliseconds / 100}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
