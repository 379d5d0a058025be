using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Cli.Terminal;

/// <summary>
/// The line redrawn in place while a run plays: position, frames, notes per second, notes
/// sounding, late events, dropped frames. Redraws at most ten times a second.
/// </summary>
internal sealed class StatusLine(TextWriter writer, TimeSpan? duration) : IPlaybackObserver
{
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private long _lastDraw;
    private int _lastLength;

    public void OnFrame(in PlaybackStatus status)
    {
        var now = Stopwatch.GetTimestamp();
        if (now - _lastDraw < RedrawTicks)
        {
            return;
        }

        _lastDraw = now;
        var total = duration is { } d ? " / " + Clock(d) : string.Empty;
        var loops = status.Loops > 0 ? string.Create(CultureInfo.InvariantCulture, $"  loop {status.Loops + 1}") : string.Empty;
        var line = string.Create(CultureInfo.InvariantCulture, $"▶ {Clock(status.Position)}{total}{loops}  frame {status.Frames}  {status.NotesPerSecond} notes/s  {status.Sounding} sounding  {status.LateEvents} late  {status.Dropped} dropped");
        writer.Write('\r' + line.PadRight(_lastLength));
        writer.Flush();
        _lastLength = line.Length;
    }

    public void Clear()
    {
        if (_lastLength > 0)
        {
            writer.Write('\r' + new string(' ', _lastLength) + '\r');
            writer.Flush();
            _lastLength = 0;
        }
    }

    private static string Clock(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}:{time.Seconds:00}.{time.Milliseconds / 100}");
}
