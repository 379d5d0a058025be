using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Cli.Live;

/// <summary>
/// What a live run says in the terminal: a line when the source is lost, when reopening it fails
/// (not every attempt: when the reason changes, and then once a minute), and when it is back;
/// and, on a terminal, a status line redrawn at most ten times a second.
/// </summary>
internal sealed class LiveConsole(TextWriter output, TextWriter? statusWriter) : ILiveObserver
{
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private static readonly TimeSpan RepeatRetryEvery = TimeSpan.FromMinutes(1);
    private long _lastDraw;
    private int _lastLength;
    private string? _lastRetryReason;
    private long _lastRetryLine;

    public void OnFrame(LumaPlane luma, in LiveStatus status)
    {
        if (statusWriter is null)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (now - _lastDraw < RedrawTicks)
        {
            return;
        }

        _lastDraw = now;
        var line = string.Create(CultureInfo.InvariantCulture, $"● live {(int)status.Elapsed.TotalMinutes}:{status.Elapsed.Seconds:00}  {status.FramesPerSecond} fps  {status.NotesPerSecond} notes/s  {status.Sounding} sounding  latency {status.Latency.TotalMilliseconds:0.0} ms  {status.Dropped} dropped");
        statusWriter.Write('\r' + line.PadRight(_lastLength));
        statusWriter.Flush();
        _lastLength = line.Length;
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
            Clear();
            output.WriteLine(line);
        }
    }

    public void Clear()
    {
        if (statusWriter is not null && _lastLength > 0)
        {
            statusWriter.Write('\r' + new string(' ', _lastLength) + '\r');
            statusWriter.Flush();
            _lastLength = 0;
        }
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
