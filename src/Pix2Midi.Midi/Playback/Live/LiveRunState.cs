using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Playback.Live;

/// <summary>The MIDI thread's view of a live run: whether pictures arrive, and the counters.</summary>
/// <remarks>Used by the MIDI thread only.</remarks>
internal sealed class LiveRunState(long start)
{
    private long _secondStarted = start;
    private int _notesThisSecond;
    private int _framesThisSecond;
    private int _notesLastSecond;
    private int _framesLastSecond;

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp the run started at.</summary>
    public long Start { get; } = start;

    /// <summary>Pictures are arriving (false at the start until the first one, and after a loss).</summary>
    public bool Playing { get; set; }

    /// <summary>Since when the run has had no pictures (the start, or the last loss).</summary>
    public long WithoutSince { get; set; } = start;

    /// <summary>An outage is being counted: a loss, or a failed attempt while waiting at the start.</summary>
    public bool OutageStarted { get; set; }

    /// <summary>The last thing the capture thread reported going wrong, for the give-up message.</summary>
    public string? LastProblem { get; set; }

    /// <summary>The connection the last frame came from.</summary>
    public int Connection { get; set; } = int.MinValue;

    /// <summary>The last connection the capture thread reported lost: pictures from it that still wait are stale.</summary>
    public int LostConnection { get; set; } = int.MinValue;

    public long Frames { get; set; }

    public long LastCapture { get; set; } = start;

    /// <summary>The last time stamped on a message, so times never go backwards.</summary>
    public TimeSpan LastTime { get; set; } = TimeSpan.MinValue;

    public int ProcessorWidth { get; set; }

    public int ProcessorHeight { get; set; }

    public int Losses { get; set; }

    public int Restorations { get; set; }

    public TimeSpan WithoutSource { get; set; }

    public int NotesPerSecond => Math.Max(_notesLastSecond, _notesThisSecond);

    public int FramesPerSecond => Math.Max(_framesLastSecond, _framesThisSecond);

    /// <summary>Counts a frame and its note-ons into the per-second figures.</summary>
    public void CountSecond(long now, int count, ReadOnlySpan<NoteEvent> events)
    {
        if (now - _secondStarted >= System.Diagnostics.Stopwatch.Frequency)
        {
            _notesLastSecond = _notesThisSecond;
            _framesLastSecond = _framesThisSecond;
            _notesThisSecond = 0;
            _framesThisSecond = 0;
            _secondStarted = now;
        }

        _framesThisSecond++;
        for (var i = 0; i < count; i++)
        {
            if (events[i].Kind == NoteEventKind.NoteOn)
            {
                _notesThisSecond++;
            }
        }
    }
}
