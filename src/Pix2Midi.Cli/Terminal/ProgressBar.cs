using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Core.Rendering;

namespace Pix2Midi.Cli.Terminal;

/// <summary>
/// A one-line progress bar redrawn in place: percentage, frames, frames per second and speed
/// against real time. Redraws at most ten times a second, so it costs nothing per frame.
/// </summary>
internal sealed class ProgressBar(TextWriter writer, long? expectedFrames, TimeSpan? expectedDuration) : IRenderObserver
{
    private const int BarWidth = 24;
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastDraw;
    private int _lastLength;

    public void OnFrame(in RenderProgress progress)
    {
        var now = Stopwatch.GetTimestamp();
        if (now - _lastDraw < RedrawTicks)
        {
            return;
        }

        _lastDraw = now;
        Draw(progress, now);
    }

    /// <summary>Removes the bar so the summary starts on a clean line.</summary>
    public void Clear()
    {
        if (_lastLength > 0)
        {
            writer.Write('\r' + new string(' ', _lastLength) + '\r');
            writer.Flush();
            _lastLength = 0;
        }
    }

    private void Draw(in RenderProgress progress, long now)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started, now).TotalSeconds;
        double? fraction = expectedFrames is > 0
            ? Math.Min(1, (double)progress.Frames / expectedFrames.Value)
            : expectedDuration is { } d && d > TimeSpan.Zero ? Math.Min(1, progress.Position / d) : null;
        var filled = (int)Math.Round((fraction ?? 0) * BarWidth);
        var bar = fraction is null ? string.Empty : "[" + new string('#', filled) + new string('-', BarWidth - filled) + "] " + (fraction.Value * 100).ToString("0", CultureInfo.InvariantCulture).PadLeft(3) + "%  ";
        var fps = elapsed > 0 ? progress.Frames / elapsed : 0;
        var speed = elapsed > 0 ? progress.Position.TotalSeconds / elapsed : 0;
        var line = string.Create(CultureInfo.InvariantCulture, $"{bar}{progress.Frames} frames  {fps:0} fps  {speed:0.0}× real time  {progress.Notes} notes");
        writer.Write('\r' + line.PadRight(_lastLength));
        writer.Flush();
        _lastLength = line.Length;
    }
}
