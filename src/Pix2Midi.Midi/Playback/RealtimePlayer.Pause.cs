using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Messages;

namespace Pix2Midi.Midi.Playback;

/// <summary>
/// Pausing: the clock stops, every sounding note is silenced, and going on moves the whole
/// schedule later by the time it stood still.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Pause"/> may be called from any thread. It cancels the clock thread's current wait
/// (the "wake" token every wait of that thread takes), so the clock stops within one wait slice.
/// The clock thread then, on every output: note-offs for what that output has sounding, then
/// CC 123 and CC 120 on the channels used (as at a stop), due no earlier than anything it was
/// handed before; it remembers those notes, and blocks on a monitor (no spinning) until
/// <see cref="Resume"/> or the run's cancellation.
/// </para>
/// <para>
/// Going on, the start of the schedule moves later by the pause, so every later frame keeps its
/// spacing and none counts as late or is dropped for it; while paused the analysis thread sees
/// the clock stand at the moment it stopped. The notes that were sounding are sent again at once
/// (the picture still plays them: the mapping engine, ahead on its own thread, holds them on and
/// will end them). Runs that only the outputs with the longest lookahead had been handed go to the
/// others at the pause, before its silence; a frame that only some of those had goes to the rest after.
/// </para>
/// <para>
/// With the MIDI clock running, the outputs that carry it get Stop after the pause's note-offs and
/// Continue before the notes again; its pulses go on from the moved schedule, which then also moves
/// by the longest lookahead (counted as paused), so no pulse is due before Continue.
/// </para>
/// </remarks>
public sealed partial class RealtimePlayer
{
    private readonly object _pauseGate = new();
    private CancellationTokenSource? _wake;
    private bool _pauseRequested;
    private long _pausedAt;
    private long _pausedTicks;
    private int _pauses;
    private List<NoteEvent>[]? _held;
    private bool _clockHeld;

    /// <summary>Whether a pause was asked for and not yet ended (the clock stops within one wait slice of asking).</summary>
    public bool IsPaused
    {
        get
        {
            lock (_pauseGate)
            {
                return _pauseRequested;
            }
        }
    }

    /// <summary>Stops the clock and silences every note; nothing is sent until <see cref="Resume"/>. Any thread; asked before <see cref="Play"/>, the run starts paused.</summary>
    public void Pause() => SetPaused(true);

    /// <summary>Starts the clock again where it stopped: the notes that were sounding sound again, and every later frame keeps its spacing. Any thread.</summary>
    public void Resume() => SetPaused(false);

    /// <summary>Pauses when playing, goes on when paused. Any thread.</summary>
    /// <returns>Whether the run is now paused.</returns>
    public bool TogglePause()
    {
        lock (_pauseGate)
        {
            SetPausedLocked(!_pauseRequested);
            return _pauseRequested;
        }
    }

    private void SetPaused(bool paused)
    {
        lock (_pauseGate)
        {
            SetPausedLocked(paused);
        }
    }

    private void SetPausedLocked(bool paused)
    {
        if (paused == _pauseRequested)
        {
            return;
        }

        _pauseRequested = paused;
        if (paused)
        {
            _wake?.Cancel();
        }
        else
        {
            Monitor.PulseAll(_pauseGate);
        }
    }

    /// <summary>The token the clock thread waits with: cancelled by <paramref name="cancellationToken"/> and by <see cref="Pause"/>.</summary>
    private CancellationToken StartWaking(CancellationToken cancellationToken)
    {
        lock (_pauseGate)
        {
            return RenewWakeLocked(cancellationToken);
        }
    }

    private CancellationToken RenewWakeLocked(CancellationToken cancellationToken)
    {
        _wake?.Dispose();
        _wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_pauseRequested)
        {
            _wake.Cancel();
        }

        return _wake.Token;
    }

    private void StopWaking()
    {
        lock (_pauseGate)
        {
            _wake?.Dispose();
            _wake = null;
        }

        var pausedAt = Volatile.Read(ref _pausedAt);
        if (pausedAt != 0)
        {
            // Stopped while paused: that pause counts up to now.
            _pausedTicks += Stopwatch.GetTimestamp() - pausedAt;
            Volatile.Write(ref _pausedAt, 0);
        }
    }

    /// <summary>The clock: now, or the moment it stopped while paused.</summary>
    private long ClockNow()
    {
        var pausedAt = Volatile.Read(ref _pausedAt);
        return pausedAt != 0 ? pausedAt : Stopwatch.GetTimestamp();
    }

    /// <summary>Whether a frame at <paramref name="time"/> is already more than <paramref name="slackTicks"/> past due (analysis thread).</summary>
    private bool IsBehind(TimeSpan time, long slackTicks)
    {
        // Read in this order so that a pause ending between the reads makes the frame look
        // earlier, never later: Resume writes the moved start before clearing _pausedAt.
        var now = Stopwatch.GetTimestamp();
        var pausedAt = Volatile.Read(ref _pausedAt);
        var start = Volatile.Read(ref _startTimestamp);
        if (pausedAt != 0 && pausedAt < now)
        {
            now = pausedAt;
        }

        return start != 0 && now > start + ToTicks(time) + slackTicks;
    }

    /// <summary>
    /// The clock thread's wait ended early: stops if the run was cancelled; otherwise this is a
    /// pause, which silences every output, waits for <see cref="Resume"/> and moves the schedule.
    /// </summary>
    /// <param name="position">The video time of the last frame every output was handed.</param>
    /// <param name="cancellationToken">The run's.</param>
    /// <param name="wake">The clock thread's wait token: a fresh one after a pause.</param>
    /// <param name="events">Messages sent, counted for the first output.</param>
    /// <param name="notes">Note-ons sent, counted for the first output.</param>
    /// <returns>False when the run was cancelled (before or during the pause).</returns>
    private bool HoldWhilePaused(TimeSpan position, CancellationToken cancellationToken, ref CancellationToken wake, ref long events, ref long notes)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        lock (_pauseGate)
        {
            if (!_pauseRequested)
            {
                // Paused and resumed again before the clock stopped: nothing to do.
                wake = RenewWakeLocked(cancellationToken);
                return true;
            }
        }

        var pausedAt = Stopwatch.GetTimestamp();
        Volatile.Write(ref _pausedAt, pausedAt);
        _pauses++;
        var started = _startTimestamp != 0;
        if (started)
        {
            // What the outputs that schedule already have, the others get now, before the silence:
            // every output stops on the same notes.
            HandPendingNow();
            SilenceForPause(position, pausedAt, ref events);
        }

        var pauseObserver = _observer as IPauseObserver;
        pauseObserver?.OnPaused(position);
        using (cancellationToken.Register(static gate => { lock (gate!) { Monitor.PulseAll(gate); } }, _pauseGate))
        {
            lock (_pauseGate)
            {
                while (_pauseRequested && !cancellationToken.IsCancellationRequested)
                {
                    Monitor.Wait(_pauseGate);
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    // _pausedAt stays: the stop is at the moment the clock stopped.
                    return false;
                }

                wake = RenewWakeLocked(cancellationToken);
            }
        }

        var resumedAt = Stopwatch.GetTimestamp();
        // With the clock running, the schedule also moves by the longest lookahead: Continue, due
        // now plus that, then comes before the first pulse after it even when that pulse was already
        // within the lookahead at the pause (an output that schedules takes messages in order).
        var stood = resumedAt - pausedAt + (_clockHeld ? _maxLookaheadTicks : 0);
        if (started)
        {
            // The moved start first, then the clock runs: IsBehind relies on this order.
            Volatile.Write(ref _startTimestamp, _startTimestamp + stood);
        }

        Volatile.Write(ref _pausedAt, 0);
        _pausedTicks += stood;
        if (started)
        {
            SoundAgain(resumedAt, ref events, ref notes);
        }

        pauseObserver?.OnResumed(Stopwatch.GetElapsedTime(0, stood));
        return true;
    }

    /// <summary>Note-offs for every sounding note, then channel resets, on every output; remembers the notes to sound again.</summary>
    /// <remarks>
    /// Stamped, per output, at the later of the last frame it was handed and <paramref name="position"/>,
    /// and due no sooner than now plus its lookahead: after anything it was handed before, so an
    /// output that schedules cannot play a note-on it already has after its note-off.
    /// </remarks>
    private void SilenceForPause(TimeSpan position, long now, ref long events)
    {
        _held ??= [.. _outputs.Select(_ => new List<NoteEvent>())];
        var messages = new List<NoteEvent>();
        for (var o = 0; o < _outputs.Length; o++)
        {
            var at = _lastEventTime[o] > position ? _lastEventTime[o] : position;
            var due = Math.Max(_startTimestamp + ToTicks(at), now + ToTicks(_outputs[o].Lookahead));
            messages.Clear();
            _held[o].Clear();
            _sounding[o].ReleaseAll(at, messages, _held[o]);
            for (var channel = 0; channel < 16; channel++)
            {
                if (_sounding[o].UsedChannel(channel))
                {
                    messages.AddRange(ShortMessage.ChannelReset(at, channel));
                }
            }

            // A port that fails here fails the run, and the run's end silences the others.
            foreach (var message in messages)
            {
                _outputs[o].Send(message, due);
                _sent[o]++;
            }

            if (_clockRunning && _receivesClock[o])
            {
                // After every pulse it was handed: a DAW following the clock stops where the video stood.
                _outputs[o].Send(NoteEvent.Clock(at, NoteEventKind.Stop), due);
                _sent[o]++;
            }

            if (o == 0)
            {
                events += messages.Count;
            }
        }

        _clockHeld = _clockRunning;
        _clockRunning = false;
    }

    /// <summary>The notes silenced by the pause, again, at the time they were silenced, due now (plus the lookahead of outputs that schedule).</summary>
    private void SoundAgain(long now, ref long events, ref long notes)
    {
        if (_held is null)
        {
            return;
        }

        if (_clockHeld)
        {
            // Continue before the notes and before the next pulse, which the moved schedule puts later.
            for (var o = 0; o < _outputs.Length; o++)
            {
                if (_receivesClock[o])
                {
                    _outputs[o].Send(NoteEvent.Clock(_lastEventTime[o], NoteEventKind.Continue), now + ToTicks(_outputs[o].Lookahead));
                    _sent[o]++;
                }
            }

            _clockHeld = false;
            _clockRunning = true;
        }

        for (var o = 0; o < _outputs.Length; o++)
        {
            var held = _held[o];
            if (held.Count == 0)
            {
                continue;
            }

            var due = Math.Max(_startTimestamp + ToTicks(held[0].Time), now + ToTicks(_outputs[o].Lookahead));
            foreach (var message in held)
            {
                _outputs[o].Send(message, due);
                _sent[o]++;
                _sounding[o].Sent(message);
            }

            if (o == 0)
            {
                events += held.Count;
                notes += held.Count;
            }

            held.Clear();
        }
    }
}
