using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Midi.Messages;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Playback;

/// <summary>
/// Plays a video's notes in real time: each frame's events at the frame's own timestamp, against
/// one monotonic clock, to every output at once.
/// </summary>
/// <remarks>
/// <para>
/// Two threads. The analysis thread decodes and maps frames ahead of the clock into a bounded
/// queue (<see cref="PlaybackOptions.QueueFrames"/>), so a slow frame delays nothing. The calling
/// thread owns the clock: it hands each frame's events to outputs that schedule (JACK, CoreMIDI)
/// up to their lookahead early, and to outputs that send at once exactly at the due time, waiting
/// with an <see cref="IPreciseWaiter"/>; every (run, output) pair at its own moment, in the order of
/// those moments (<see cref="PendingHandOvers"/>). The schedule never drifts: a frame decoded too late is
/// dropped and counted, and later frames keep their times. The clock thread asks for real-time
/// priority (<see cref="RealtimePriority"/>) where the OS allows it and plays on without it where
/// it does not (<see cref="PlaybackResult.RealtimePriority"/>); the analysis thread does not ask.
/// </para>
/// <para>
/// Never a stuck note: at the end, on cancellation, at every loop restart, at a pause
/// (<see cref="Pause"/>) and on any failure, every note sent and not yet stopped gets its
/// note-off, then All Notes Off (CC 123) and All Sound Off (CC 120) on every channel used.
/// Allocates nothing per frame in steady state.
/// </para>
/// <para>
/// The MIDI clock (<see cref="PlaybackOptions.Clock"/>, decision 0022) rides in the same slots:
/// the analysis thread merges the Timing Clocks due up to each slot's last time
/// (<see cref="MidiClock"/>) among its events, so this thread hands each one over at its time like
/// a note (up to the lookahead early to outputs that schedule: JACK places it on its frame), and
/// only to outputs that carry it (<see cref="IMidiOutput.ReceivesClock"/>). Stop and Continue go
/// with a pause's silence and its notes again, Stop with the last silence.
/// </para>
/// </remarks>
public sealed partial class RealtimePlayer
{
    private readonly IMidiOutput[] _outputs;
    private readonly long[] _sent;
    private readonly IPreciseWaiter _waiter;
    private readonly IPlaybackObserver? _observer;
    private readonly PlaybackOptions _options;
    private readonly LatenessHistogram _lateness = new();
    private readonly SoundingNotes[] _sounding;
    private readonly TimeSpan[] _lastEventTime;
    private readonly long _maxLookaheadTicks;
    private readonly bool[] _receivesClock;
    private readonly TimeSpan[] _lookaheads;
    private readonly int[] _leads;
    private readonly int[] _trailing;
    private readonly PendingHandOvers _pending;
    private bool _clockRunning;
    private long _startTimestamp;
    private long _dropped;

    /// <summary>Prepares to play to <paramref name="outputs"/>.</summary>
    public RealtimePlayer(IReadOnlyList<IMidiOutput> outputs, IPreciseWaiter waiter, PlaybackOptions? options = null, IPlaybackObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(waiter);
        if (outputs.Count == 0)
        {
            throw new ArgumentException("At least one output is needed.", nameof(outputs));
        }

        _outputs = [.. outputs];
        _sent = new long[_outputs.Length];
        _sounding = [.. _outputs.Select(_ => new SoundingNotes())];
        _lastEventTime = new TimeSpan[_outputs.Length];
        _waiter = waiter;
        _observer = observer;
        _options = options ?? new PlaybackOptions();
        _maxLookaheadTicks = _outputs.Max(o => ToTicks(o.Lookahead));
        _receivesClock = [.. _outputs.Select(o => o.ReceivesClock)];
        _lookaheads = [.. _outputs.Select(o => o.Lookahead)];
        var longest = _lookaheads.Max();
        _leads = [.. Enumerable.Range(0, _outputs.Length).Where(o => _lookaheads[o] == longest)];
        _trailing = [.. Enumerable.Range(0, _outputs.Length).Where(o => _lookaheads[o] != longest)];
        _pending = new PendingHandOvers(_outputs.Length);
    }

    /// <summary>Whether this run sends the MIDI clock: asked for, and at least one output carries it.</summary>
    public bool SendsClock => _options.Clock && _receivesClock.Any(r => r);

    /// <summary>Plays until the video ends (or, looping, until cancelled).</summary>
    /// <param name="openSource">Opens the video; called once per pass. The first call may hand back a source opened earlier.</param>
    /// <param name="mapping">The mapping to play.</param>
    /// <param name="mappingUpdates">Polled once per frame on the analysis thread; a non-null result replaces the mapping from the next frame (hot reload).</param>
    /// <param name="cancellationToken">Stops the run, paused or not; the result then says <see cref="PlaybackStopReason.Cancelled"/>.</param>
    public PlaybackResult Play(Func<IFrameSource> openSource, Core.Mapping.Mapping mapping, Func<Core.Mapping.Mapping?>? mappingUpdates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(openSource);
        ArgumentNullException.ThrowIfNull(mapping);
        using var stopAnalysis = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new FrameQueue(_options.QueueFrames, Math.Max(2, mapping.Regions.Length * 2));
        var producer = new Thread(() => Analyse(openSource, mapping, mappingUpdates, queue, stopAnalysis.Token))
        {
            IsBackground = true,
            Name = "Pix2Midi analysis",
        };
        producer.Start();
        // This thread keeps the clock: real-time priority where the OS allows it, after starting the
        // analysis thread (which, decoding ahead, stays at normal priority), put back when the run ends.
        using var realtime = RealtimePriority.RaiseCurrentThread();

        var reason = PlaybackStopReason.Ended;
        string? error = null;
        long frames = 0, events = 0, notes = 0, late = 0;
        var loops = 0;
        var position = TimeSpan.Zero;
        var notesThisSecond = 0;
        var notesLastSecond = 0;
        var secondStarted = 0L;
        // Cancelled by the run's token and by Pause(): every wait of the clock thread ends on either.
        var wake = StartWaking(cancellationToken);
        try
        {
            while (true)
            {
                // An analysis that falls behind does not hold the outputs that wait for their moment.
                var slot = HandPendingWhileNoFrame(queue, wake) ? queue.BeginRead(wake) : null;
                if (slot is null)
                {
                    if (HoldWhilePaused(position, cancellationToken, ref wake, ref events, ref notes))
                    {
                        continue;
                    }

                    reason = PlaybackStopReason.Cancelled;
                    break;
                }

                if (slot.Kind == FrameSlotKind.Finished)
                {
                    queue.EndRead();
                    // The outputs that send at once still get the last runs, each at its moment.
                    while (!HandPending(long.MaxValue, wake) && HoldWhilePaused(position, cancellationToken, ref wake, ref events, ref notes))
                    {
                    }

                    // The analysis also finishes when it is stopped (a loop is left by the token): that is a stop, not the end.
                    if (cancellationToken.IsCancellationRequested)
                    {
                        reason = PlaybackStopReason.Cancelled;
                    }

                    break;
                }

                if (slot.Kind == FrameSlotKind.Failed)
                {
                    reason = PlaybackStopReason.Failed;
                    error = slot.Error?.Message ?? "the video failed";
                    queue.EndRead();
                    break;
                }

                if (_startTimestamp == 0)
                {
                    Volatile.Write(ref _startTimestamp, Stopwatch.GetTimestamp() + ToTicks(_options.StartDelay) + _maxLookaheadTicks);
                    secondStarted = _startTimestamp;
                }

                // A pause part-way leaves the outputs that had the frame as they are; the others get it after.
                var runStart = 0;
                var handedTo = 0;
                var stopped = false;
                while (!SendFrame(slot.Events.AsSpan(0, slot.Count), slot.Time, ref runStart, ref handedTo, wake, ref events, ref notes, ref late, ref notesThisSecond))
                {
                    if (!HoldWhilePaused(position, cancellationToken, ref wake, ref events, ref notes))
                    {
                        stopped = true;
                        break;
                    }
                }

                if (stopped)
                {
                    if (handedTo > 0)
                    {
                        // The outputs that schedule already have these events and will play them: the
                        // others (the recording among them) get them too, so what is recorded is what was heard.
                        var run = Run(slot.Events.AsSpan(0, slot.Count), runStart);
                        FinishFrame(run, run[0].Time, handedTo, ref events, ref notes, ref notesThisSecond);
                        position = run[0].Time > slot.Time ? run[0].Time : slot.Time;
                    }

                    reason = PlaybackStopReason.Cancelled;
                    queue.EndRead();
                    break;
                }

                var due = _startTimestamp + ToTicks(slot.Time);
                position = slot.Time;
                if (slot.Kind == FrameSlotKind.EndOfPass)
                {
                    loops++;
                    if (_options.Loop)
                    {
                        SendChannelResets(slot.Time, due, ref events);
                    }
                }
                else
                {
                    frames++;
                }

                queue.EndRead();
                var now = Stopwatch.GetTimestamp();
                if (now - secondStarted >= Stopwatch.Frequency)
                {
                    notesLastSecond = notesThisSecond;
                    notesThisSecond = 0;
                    secondStarted = now;
                }

                _observer?.OnFrame(new PlaybackStatus(position, frames, Volatile.Read(ref _dropped), notes, Math.Max(notesLastSecond, notesThisSecond), _sounding[0].Count, late, loops));
            }
        }
        catch (MidiOutputException e)
        {
            reason = PlaybackStopReason.Failed;
            error = e.Message;
        }
        finally
        {
            stopAnalysis.Cancel();
            DrainQueue(queue, producer);
            // A stop: what the outputs that schedule already have goes to the others at once, so
            // every output ends with the same notes, and the silence comes after them.
            var handed = HandPendingNow();
            position = handed > position ? handed : position;
            // A run that ended stops at the video's end; one stopped early, at the moment it stopped
            // (the moment it paused, when stopped while paused).
            var playing = _startTimestamp == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_startTimestamp, ClockNow());
            Silence(reason == PlaybackStopReason.Ended || playing < position ? position : playing, ref events);
            StopWaking();
        }

        return new PlaybackResult(
            reason,
            error,
            frames,
            Volatile.Read(ref _dropped),
            events,
            notes,
            late,
            _lateness.Percentile(0.5),
            _lateness.Percentile(0.99),
            _lateness.Max,
            position,
            loops,
            [.. _outputs.Select((o, i) => Report(o, _sent[i]))])
        {
            Paused = Stopwatch.GetElapsedTime(0, _pausedTicks),
            Pauses = _pauses,
            RealtimePriority = realtime.Granted,
        };
    }

    /// <summary>
    /// Hands a slot's events to the outputs, each run of equal times at its own time (a frame's
    /// events all carry the frame's time; a quantising mapping's carry their grid times).
    /// </summary>
    /// <remarks>
    /// <c>runStart</c> is the first event not yet handed to every output (where a run a pause cut
    /// short starts), <c>handedTo</c> how many outputs already have that run. Returns false when
    /// <c>wake</c> ended a wait (a stop or a pause).
    /// </remarks>
    private bool SendFrame(ReadOnlySpan<NoteEvent> frameEvents, TimeSpan time, ref int runStart, ref int handedTo, CancellationToken wake, ref long events, ref long notes, ref long late, ref int notesThisSecond)
    {
        if (frameEvents.IsEmpty)
        {
            // Nothing to send: still keep time, so the status line and a stop land on the right frame.
            var target = _startTimestamp + ToTicks(time) - _maxLookaheadTicks;
            return HandPending(target, wake) && _waiter.WaitUntil(target, wake);
        }

        while (runStart < frameEvents.Length)
        {
            var run = Run(frameEvents, runStart);
            if (!SendRun(run, run[0].Time, ref handedTo, wake, ref events, ref notes, ref late, ref notesThisSecond))
            {
                return false;
            }

            runStart += run.Length;
            handedTo = 0;
        }

        return true;
    }

    /// <summary>The events from <paramref name="start"/> that share its time.</summary>
    internal static ReadOnlySpan<NoteEvent> Run(ReadOnlySpan<NoteEvent> events, int start)
    {
        var end = start + 1;
        while (end < events.Length && events[end].Time == events[start].Time)
        {
            end++;
        }

        return events[start..end];
    }

    /// <summary>
    /// Hands events of one time to each output with the longest lookahead from <paramref name="handedTo"/>
    /// on, at the time less that lookahead, and queues them for the others (<see cref="PendingHandOvers"/>),
    /// which get them at their own moments, in order, before and between later runs.
    /// </summary>
    /// <returns>False when <paramref name="wake"/> ended a wait (a stop or a pause); <paramref name="handedTo"/> says how many of those outputs already have the events.</returns>
    private bool SendRun(ReadOnlySpan<NoteEvent> frameEvents, TimeSpan time, ref int handedTo, CancellationToken wake, ref long events, ref long notes, ref long late, ref int notesThisSecond)
    {
        // Read after every pause: the schedule has moved on by the time it stood still.
        var due = _startTimestamp + ToTicks(time);
        var lateTicks = ToTicks(_options.LateAfter);
        for (; handedTo < _leads.Length; handedTo++)
        {
            var o = _leads[handedTo];
            if (!Receives(o, frameEvents))
            {
                // A clock-only run for a port that takes no clock: nothing to wait for.
                continue;
            }

            var target = due - ToTicks(_lookaheads[o]);
            if (!HandPending(target, wake) || !_waiter.WaitUntil(target, wake))
            {
                return false;
            }

            var lateness = Stopwatch.GetTimestamp() - target;
            HandTo(o, frameEvents, due, time);
            if (o == _leads[0])
            {
                for (var i = 0; i < frameEvents.Length; i++)
                {
                    if (frameEvents[i].IsClock)
                    {
                        continue;
                    }

                    _lateness.Add(Stopwatch.GetElapsedTime(0, lateness));
                    if (lateness > lateTicks)
                    {
                        late++;
                    }
                }
            }
        }

        foreach (var o in _trailing)
        {
            foreach (var message in frameEvents)
            {
                if (Takes(o, message))
                {
                    _pending.Add(o, message);
                }
            }
        }

        Count(frameEvents, ref events, ref notes, ref notesThisSecond);
        return true;
    }

    /// <summary>Whether output <paramref name="o"/> takes any of <paramref name="run"/> (the clock's messages go only to ports that carry it).</summary>
    private bool Receives(int o, ReadOnlySpan<NoteEvent> run)
    {
        foreach (var message in run)
        {
            if (Takes(o, message))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether output <paramref name="o"/> takes <paramref name="message"/>: the clock's messages only if it carries the clock.</summary>
    private bool Takes(int o, in NoteEvent message) => !message.IsClock || _receivesClock[o];

    /// <summary>Hands the queued runs whose moment is at or before <paramref name="until"/> (a Stopwatch time) to their outputs, each at its moment, in order.</summary>
    /// <returns>False when <paramref name="wake"/> ended a wait (a stop or a pause); what was handed is off the queue.</returns>
    private bool HandPending(long until, CancellationToken wake)
    {
        while (_pending.TryPeekFirst(_lookaheads, out var o, out var time))
        {
            var due = _startTimestamp + ToTicks(time);
            var target = due - ToTicks(_lookaheads[o]);
            if (target > until)
            {
                return true;
            }

            if (!_waiter.WaitUntil(target, wake))
            {
                return false;
            }

            var run = _pending.FirstRun(o);
            HandTo(o, run, due, time);
            _pending.Remove(o, run.Length);
        }

        return true;
    }

    /// <summary>While no frame is ready to read, hands the queued runs one moment at a time.</summary>
    /// <returns>False when <paramref name="wake"/> ended a wait (a stop or a pause).</returns>
    private bool HandPendingWhileNoFrame(FrameQueue queue, CancellationToken wake)
    {
        while (!queue.HasFilled && _pending.TryPeekFirst(_lookaheads, out var o, out var time))
        {
            if (!HandPending(_startTimestamp + ToTicks(time) - ToTicks(_lookaheads[o]), wake))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Hands every queued run to its output at once (a stop, a pause): those outputs end with what the others already have.</summary>
    /// <returns>The latest time handed, or zero.</returns>
    private TimeSpan HandPendingNow()
    {
        var latest = TimeSpan.Zero;
        while (_pending.TryPeekFirst(_lookaheads, out var o, out var time))
        {
            var run = _pending.FirstRun(o);
            try
            {
                HandTo(o, run, _startTimestamp + ToTicks(time), time);
            }
            catch (MidiOutputException)
            {
                // That port is gone; the others still get theirs.
            }

            _pending.Remove(o, run.Length);
            latest = time > latest ? time : latest;
        }

        return latest;
    }

    /// <summary>Hands a frame that a stop cut short to the outputs that do not have it yet, at once.</summary>
    private void FinishFrame(ReadOnlySpan<NoteEvent> frameEvents, TimeSpan time, int handedTo, ref long events, ref long notes, ref int notesThisSecond)
    {
        // The earlier runs first, then this one.
        HandPendingNow();
        var due = _startTimestamp + ToTicks(time);
        for (var k = handedTo; k < _leads.Length + _trailing.Length; k++)
        {
            try
            {
                HandTo(k < _leads.Length ? _leads[k] : _trailing[k - _leads.Length], frameEvents, due, time);
            }
            catch (MidiOutputException)
            {
                // That port is gone; the stop goes on, and the others still get the frame.
            }
        }

        Count(frameEvents, ref events, ref notes, ref notesThisSecond);
    }

    /// <summary>Sends a frame's events to output <paramref name="o"/>, keeping its count and its sounding notes.</summary>
    private void HandTo(int o, ReadOnlySpan<NoteEvent> frameEvents, long due, TimeSpan time)
    {
        for (var i = 0; i < frameEvents.Length; i++)
        {
            if (!Takes(o, frameEvents[i]))
            {
                continue;
            }

            if (frameEvents[i].Kind == NoteEventKind.Start)
            {
                _clockRunning = true;
            }

            _outputs[o].Send(frameEvents[i], due);
            _sent[o]++;
            _sounding[o].Sent(frameEvents[i]);
        }

        _lastEventTime[o] = time;
    }

    private static void Count(ReadOnlySpan<NoteEvent> frameEvents, ref long events, ref long notes, ref int notesThisSecond)
    {
        for (var i = 0; i < frameEvents.Length; i++)
        {
            if (frameEvents[i].IsClock)
            {
                // The clock's messages are counted by each port's own count, not as the run's events.
                continue;
            }

            events++;
            if (frameEvents[i].Kind == NoteEventKind.NoteOn)
            {
                notes++;
                notesThisSecond++;
            }
        }
    }

    private void SendChannelResets(TimeSpan time, long due, ref long events)
    {
        for (var channel = 0; channel < 16; channel++)
        {
            if (!_sounding[0].UsedChannel(channel))
            {
                continue;
            }

            foreach (var reset in ShortMessage.ChannelReset(time, channel))
            {
                foreach (var o in _leads)
                {
                    _outputs[o].Send(reset, due);
                    _sent[o]++;
                }

                foreach (var o in _trailing)
                {
                    // After the runs still waiting for that output, at its own moment.
                    _pending.Add(o, reset);
                }

                events++;
            }
        }
    }

    /// <summary>Note-offs for everything sounding, then channel resets, to every output that still works.</summary>
    /// <remarks>Each output's own record of what it was sent decides, so a port that failed half-way is no excuse for a stuck note elsewhere.</remarks>
    private void Silence(TimeSpan at, ref long events)
    {
        // Due at the moment they stand for (the video's end, or the stop), and never sooner than
        // an output that schedules can still place them on time.
        var now = Stopwatch.GetTimestamp();
        var target = _startTimestamp == 0 ? now : _startTimestamp + ToTicks(at);
        var messages = new List<NoteEvent>();
        for (var o = 0; o < _outputs.Length; o++)
        {
            var due = Math.Max(target, now + ToTicks(_outputs[o].Lookahead));
            messages.Clear();
            _sounding[o].ReleaseAll(at, messages);
            for (var channel = 0; channel < 16; channel++)
            {
                if (_sounding[o].UsedChannel(channel))
                {
                    messages.AddRange(ShortMessage.ChannelReset(at, channel));
                }
            }

            try
            {
                foreach (var message in messages)
                {
                    _outputs[o].Send(message, due);
                    _sent[o]++;
                }

                if (_clockRunning && _receivesClock[o])
                {
                    // The clock stops after the last note-off: a DAW following it stops with the video.
                    _outputs[o].Send(NoteEvent.Clock(at, NoteEventKind.Stop), due);
                    _sent[o]++;
                }

                _outputs[o].Drain(TimeSpan.FromSeconds(1));
            }
            catch (MidiOutputException)
            {
                // That port is gone; the others still get their note-offs.
            }

            if (o == 0)
            {
                events += messages.Count;
            }
        }

        _clockRunning = false;
    }

    private static void DrainQueue(FrameQueue queue, Thread producer)
    {
        // Free slots until the analysis thread has seen the cancellation and left.
        while (!producer.Join(20))
        {
            if (queue.BeginRead(new CancellationToken(canceled: true)) is not null)
            {
                queue.EndRead();
            }
        }
    }

    private static OutputReport Report(IMidiOutput output, long sent) => output is IDeliveryStatistics stats
        ? new OutputReport(output.Port.QualifiedName, sent, stats.Delivered, stats.Late, stats.MaxLateness)
        : new OutputReport(output.Port.QualifiedName, sent, null, null, null);

    private static long ToTicks(TimeSpan time) => (long)(time.Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));
}
