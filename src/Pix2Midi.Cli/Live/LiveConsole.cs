using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Cli.Terminal;
using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Live;

/// <summary>
/// What a live run says in the terminal: a line when the source is lost, when reopening it fails
/// (not every attempt: when the reason changes, and then once a minute), and when it is back;
/// and, on a terminal, a status line redrawn at most ten times a second.
/// </summary>
/// <remarks>
/// Called on the MIDI thread: every line goes through <see cref="ConsoleLines"/> (the run's, so it
/// keeps its place among the other lines), whose own thread writes it. A terminal that is paused
/// or a pipe nobody reads never holds up a note; the status line is formatted into a reused buffer,
/// so nothing is allocated per frame.
/// </remarks>
internal sealed class LiveConsole : ILiveObserver
{
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private static readonly TimeSpan RepeatRetryEvery = TimeSpan.FromMinutes(1);
    private readonly ConsoleLines _lines;
    private readonly bool _showStatus;
    private readonly char[] _line = new char[StatusText.Capacity];
    private long _lastDraw;
    private string? _lastRetryReason;
    private long _lastRetryLine;

    /// <summary>Writes through <paramref name="lines"/>, with a status line on <paramref name="statusWriter"/> when there is one.</summary>
    public LiveConsole(ConsoleLines lines, TextWriter? statusWriter)
    {
        _lines = lines;
        if (statusWriter is not null)
        {
            lines.StatusWriter = statusWriter;
            _showStatus = true;
        }
    }

    public void OnFrame(LumaPlane luma, in LiveStatus status)
    {
        if (!_showStatus)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (now - _lastDraw < RedrawTicks)
        {
            return;
        }

        _lastDraw = now;
        _lines.SetStatus(_line.AsSpan(0, Format(status, _line)));
    }

    public void OnNotice(in SourceNotice notice)
    {
        string? line = notice.Kind switch
        {
            SourceNoticeKind.Lost => Invariant($"Source lost: {notice.Reason}. {Released(notice.ReleasedNotes)} Retrying in {Seconds(notice.RetryIn)}."),
            SourceNoticeKind.RetryFailed => RetryLine(notice),
            SourceNoticeKind.Restored => Invariant($"Source back after {Seconds(notice.Without)}: playing again."),
            _ => null,
        };
        if (notice.Kind == SourceNoticeKind.Restored)
        {
            _lastRetryReason = null;
        }

        if (line is not null)
        {
            _lines.Write(line);
        }
    }

    /// <summary>
    /// At the end of the run: erases the status line and lets the terminal take the lines still
    /// queued, waiting at most 0.1 s for each, so the summary comes after them on a clean line.
    /// </summary>
    public void Clear()
    {
        if (_showStatus)
        {
            _lines.ClearStatus(StatusLine.MaxWait);
        }

        _lines.Flush(StatusLine.MaxWait);
    }

    /// <summary><c>● live 0:12  30 fps  4 notes/s  2 sounding  latency 8.1 ms  0 dropped</c>, into <paramref name="line"/>.</summary>
    /// <returns>Its length.</returns>
    internal static int Format(in LiveStatus status, Span<char> line)
    {
        var text = new StatusText(line);
        text.Append("● live ");
        text.AppendClock(status.Elapsed, tenths: false);
        text.Append("  ");
        text.Append(status.FramesPerSecond);
        text.Append(" fps  ");
        text.Append(status.NotesPerSecond);
        text.Append(" notes/s  ");
        text.Append(status.Sounding);
        text.Append(" sounding  latency ");
        text.Append(status.Latency.TotalMilliseconds, "0.0");
        text.Append(" ms  ");
        text.Append(status.Dropped);
        text.Append(" dropped");
        return text.Length;
    }

    private string? RetryLine(in SourceNotice notice)
    {
        var now = Stopwatch.GetTimestamp();
        if (notice.Reason == _lastRetryReason && Stopwatch.GetElapsedTime(_lastRetryLine, now) < RepeatRetryEvery)
        {
            return null;
        }

        _lastRetryReason = notice.Reason;
        _lastRetryLine = now;
        return Invariant($"No source yet ({Seconds(notice.Without)} without pictures): {notice.Reason}. Trying again in {Seconds(notice.RetryIn)}.");
    }

    private static string Released(int notes) => notes switch
    {
        0 => "No note was sounding.",
        1 => "Released the 1 note that was sounding.",
        _ => Invariant($"Released the {notes} notes that were sounding."),
    };

    private static string Seconds(TimeSpan time) => Invariant($"{time.TotalSeconds:0.#} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
