using System.Diagnostics;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback;

namespace Pix2Midi.Cli.Terminal;

/// <summary>
/// The line redrawn in place while a run plays: position, frames, notes per second, notes
/// sounding, late events, dropped frames. Redraws at most ten times a second.
/// </summary>
/// <remarks>
/// Called on the player's clock thread: the line is formatted into a reused buffer and handed to
/// <see cref="ConsoleLines"/>, whose own thread draws it on <c>writer</c>. A terminal that is
/// paused (Ctrl+S) or a standard error nobody reads never holds up a note, and nothing is allocated per frame.
/// </remarks>
internal sealed class StatusLine : IPlaybackObserver
{
    /// <summary>How long the end of a run waits for the terminal to take the last lines: they are for people, and never hold up the exit.</summary>
    internal static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(100);

    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private readonly ConsoleLines _lines;
    private readonly TimeSpan? _duration;
    private readonly char[] _line = new char[StatusText.Capacity];
    private long _lastDraw;

    /// <summary>Draws the status line of a run on <paramref name="writer"/>, through <paramref name="lines"/> (which writes the run's other lines).</summary>
    public StatusLine(ConsoleLines lines, TextWriter writer, TimeSpan? duration)
    {
        _lines = lines;
        _duration = duration;
        lines.StatusWriter = writer;
    }

    public void OnFrame(in PlaybackStatus status)
    {
        var now = Stopwatch.GetTimestamp();
        if (now - _lastDraw < RedrawTicks)
        {
            return;
        }

        _lastDraw = now;
        _lines.SetStatus(_line.AsSpan(0, Format(status, _duration, _line)));
    }

    /// <summary>Erases the line (waiting at most 0.1 s for the terminal), so the summary starts on a clean line.</summary>
    public void Clear() => _lines.ClearStatus(MaxWait);

    /// <summary><c>▶ 0:03.2 / 0:06.0  frame 96  4 notes/s  2 sounding  0 late  0 dropped</c>, into <paramref name="line"/>.</summary>
    /// <returns>Its length.</returns>
    internal static int Format(in PlaybackStatus status, TimeSpan? duration, Span<char> line)
    {
        var text = new StatusText(line);
        text.Append("▶ ");
        text.AppendClock(status.Position);
        if (duration is { } total)
        {
            text.Append(" / ");
            text.AppendClock(total);
        }

        if (status.Loops > 0)
        {
            text.Append("  loop ");
            text.Append(status.Loops + 1);
        }

        text.Append("  frame ");
        text.Append(status.Frames);
        text.Append("  ");
        text.Append(status.NotesPerSecond);
        text.Append(" notes/s  ");
        text.Append(status.Sounding);
        text.Append(" sounding  ");
        text.Append(status.LateEvents);
        text.Append(" late  ");
        text.Append(status.Dropped);
        text.Append(" dropped");
        return text.Length;
    }
}
