using System.Diagnostics;
using System.Globalization;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Frames;
using Pix2Midi.Core.Rendering;
using Pix2Midi.Midi.Messages;
using Pix2Midi.Midi.Outputs;
using Pix2Midi.Midi.Playback.Live;
using Pix2Midi.Midi.Timing;

namespace Pix2Midi.Midi.Playback;

/// <summary>
/// Plays a camera or a stream live: each picture is analysed, mapped and sent the moment it
/// arrives, to every output at once. Latency first: there is no schedule and no queue.
/// </summary>
/// <remarks>
/// <para>
/// Two threads. The capture thread reads the source and copies each picture into a hand-over that
/// holds only the newest one (<see cref="LatestFrame"/>); a picture not taken before the next one
/// arrives is replaced and counted as dropped. The calling thread (the MIDI thread) takes the
/// newest picture, analyses it and hands its messages to every output with "now" as the due time.
/// A frame's time is its capture time (the <see cref="Stopwatch"/> clock when the source handed it
/// over) from the start of the run, which is also what <c>--record</c> writes.
/// </para>
/// <para>
/// Source loss (the source fails or ends, or sends nothing for <see cref="LiveOptions.StallAfter"/>):
/// every sounding note gets its note-off at once, then All Notes Off and All Sound Off on every
/// channel used; the capture thread reopens the source with a doubling back-off; playing resumes
/// with the first new picture. <see cref="LiveOptions.GiveUpAfter"/> ends the run after that long
/// without pictures. Never a stuck note: the same silencing runs on every way out.
/// </para>
/// <para>
/// Both threads ask for real-time priority (<see cref="RealtimePriority"/>) where the OS allows
/// it, so a busy machine does not keep a picture waiting for a CPU; without it they play on at
/// normal priority (<see cref="LiveResult.RealtimePriority"/> says which). Before the first
/// picture is read the analysis code is run once on blank pictures (<see cref="Rehearse"/>) and,
/// when the size is known, the hand-over is sized (<see cref="PrimeHandOver"/>), so the first
/// frames do not pay for compiling code and allocating buffers.
/// </para>
/// <para>
/// With <see cref="LiveOptions.Clock"/> this thread also sends the MIDI clock between pictures
/// (<c>LivePlayer.Clock.cs</c>).
/// </para>
/// <para>Allocates nothing per frame in steady state, on either thread.</para>
/// </remarks>
public sealed partial class LivePlayer
{
    private const int MaxWaitMilliseconds = 250;

    private readonly IMidiOutput[] _outputs;
    private readonly long[] _sent;
    private readonly SoundingNotes[] _sounding;
    private readonly LiveOptions _options;
    private readonly ILiveObserver? _observer;
    private readonly LatenessHistogram _latency = new();
    private readonly LatenessHistogram _everyFrame = new();
    private readonly List<NoteEvent> _silence = new(64);
    private NoteEvent[] _events = new NoteEvent[64];
    private IPreciseWaiter? _waiter;
    private CancellationToken _stopping;
    private long _eventsSent;
    private long _notes;
    private bool _captureRealtime;

    /// <summary>Prepares to play to <paramref name="outputs"/>.</summary>
    public LivePlayer(IReadOnlyList<IMidiOutput> outputs, LiveOptions? options = null, ILiveObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count == 0)
        {
            throw new ArgumentException("At least one output is needed.", nameof(outputs));
        }

        _outputs = [.. outputs];
        _sent = new long[_outputs.Length];
        _sounding = [.. _outputs.Select(_ => new SoundingNotes())];
        _options = options ?? new LiveOptions();
        _observer = observer;
    }

    /// <summary>Plays until cancelled, until the source has been away for <see cref="LiveOptions.GiveUpAfter"/>, or until an output fails.</summary>
    /// <param name="sourceName">How messages name the source (a camera's name, a URL).</param>
    /// <param name="openSource">Opens the source; called on the capture thread, again after every loss. It should give up within seconds when the source does not answer, and when its token is cancelled.</param>
    /// <param name="opened">A source opened already (so a bad one fails before the run starts), or null to let the capture thread open it. The player disposes it.</param>
    /// <param name="mapping">The mapping to play.</param>
    /// <param name="mappingUpdates">Polled once per frame on the MIDI thread; a non-null result replaces the mapping from that frame (hot reload).</param>
    /// <param name="cancellationToken">Stops the run; the result then says <see cref="LiveStopReason.Cancelled"/>.</param>
    public LiveResult Play(string sourceName, Func<CancellationToken, IFrameSource> openSource, IFrameSource? opened, Core.Mapping.Mapping mapping, Func<Core.Mapping.Mapping?>? mappingUpdates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(openSource);
        ArgumentNullException.ThrowIfNull(mapping);
        try
        {
            // Before the capture thread reads the first picture: the analysis code compiled.
            Rehearse(mapping);
        }
        catch
        {
            opened?.Dispose();
            throw;
        }

        _stopping = cancellationToken;

        // The run starts before the capture thread, so no picture is stamped before the start.
        var run = new LiveRunState(Stopwatch.GetTimestamp());
        var processor = opened is null ? null : NewProcessor(mapping, opened.Info.Width, opened.Info.Height, run);
        var mailbox = new LatestFrame();
        if (opened is not null)
        {
            PrimeHandOver(mailbox, opened.Info.Width, opened.Info.Height);
        }

        using var stopCapture = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var capture = new Thread(() => Capture(openSource, opened, mailbox, stopCapture.Token))
        {
            IsBackground = true,
            Name = "Pix2Midi capture",
        };
        capture.Start();
        // This thread sends the MIDI: real-time priority where the OS allows it (after starting the
        // capture thread, which asks for its own), put back when the run ends.
        using var realtime = RealtimePriority.RaiseCurrentThread();
        using var wake = cancellationToken.Register(mailbox.Wake);
        var reason = LiveStopReason.Cancelled;
        string? error = null;
        try
        {
            StartClock(mapping.Time, run);
            while (!cancellationToken.IsCancellationRequested)
            {
                mailbox.Wait(ClockWait(NextWait(run), run));
                if (cancellationToken.IsCancellationRequested)
                {
                    // A source that stopped because of the cancellation is no loss to report.
                    break;
                }

                while (mailbox.TryTakeEvent(out var captureEvent))
                {
                    OnCaptureEvent(captureEvent, run, processor);
                }

                if (mailbox.TakeFrame() is { } frame && frame.Connection > run.LostConnection)
                {
                    if (run.Playing && frame.Connection != run.Connection)
                    {
                        // A new connection whose loss was not seen yet: its notes stop before the new pictures play.
                        Lose(run, processor, $"{sourceName}: the source reconnected", TimeSpan.Zero, notify: false);
                    }

                    if (!run.Playing)
                    {
                        Restore(run);
                    }

                    run.Connection = frame.Connection;
                    processor = ProcessFrame(frame, run, processor, ref mapping, mappingUpdates, mailbox);
                    SendClock(run);
                    continue;
                }

                SendClock(run);

                var now = Stopwatch.GetTimestamp();
                if (run.Playing && run.Frames > 0 && now - run.LastCapture > Ticks(_options.StallAfter))
                {
                    Lose(run, processor, Invariant($"{sourceName}: no picture for {_options.StallAfter.TotalSeconds:0.#} s (the source stalled)"), TimeSpan.Zero, notify: true);
                }

                if (!run.Playing && _options.GiveUpAfter is { } giveUp && now - run.WithoutSince >= Ticks(giveUp))
                {
                    reason = LiveStopReason.GaveUp;
                    var problem = run.LastProblem is { } last && last.StartsWith(sourceName + ": ", StringComparison.Ordinal) ? last[(sourceName.Length + 2)..] : run.LastProblem;
                    error = Invariant($"{sourceName}: no picture for {giveUp.TotalSeconds:0.#} s{(problem is null ? string.Empty : $" ({problem})")}; giving up");
                    break;
                }
            }
        }
        catch (MidiOutputException e)
        {
            reason = LiveStopReason.Failed;
            error = e.Message;
        }
        finally
        {
            stopCapture.Cancel();
            mailbox.Wake();
            var at = Stopwatch.GetElapsedTime(run.Start);
            at = at > run.LastTime ? at : run.LastTime;
            var released = processor is null ? 0 : Keep(processor.ReleaseAll(at));
            SilenceAll(at, released, stopClock: true);
            if (!run.Playing && run.OutageStarted)
            {
                run.WithoutSource += Stopwatch.GetElapsedTime(run.WithoutSince);
            }

            capture.Join(_options.CaptureStopTimeout);
            (_waiter as IDisposable)?.Dispose();
            _waiter = null;
        }

        return new LiveResult(
            reason,
            error,
            Stopwatch.GetElapsedTime(run.Start),
            run.Frames,
            mailbox.Overwritten,
            _eventsSent,
            _notes,
            _latency.Percentile(0.5),
            _latency.Percentile(0.99),
            _latency.Max,
            _latency.Count,
            _everyFrame.Percentile(0.5),
            _everyFrame.Percentile(0.99),
            _everyFrame.Max,
            run.Losses,
            run.Restorations,
            run.WithoutSource,
            [.. _outputs.Select((o, i) => Report(o, _sent[i]))])
        {
            RealtimePriority = realtime.Granted && Volatile.Read(ref _captureRealtime),
        };
    }

    private FrameProcessor ProcessFrame(LiveFrameBuffer frame, LiveRunState run, FrameProcessor? processor, ref Core.Mapping.Mapping mapping, Func<Core.Mapping.Mapping?>? mappingUpdates, LatestFrame mailbox)
    {
        var time = Stopwatch.GetElapsedTime(run.Start, frame.CaptureTimestamp);
        if (time < TimeSpan.Zero)
        {
            time = TimeSpan.Zero;
        }

        if (time <= run.LastTime)
        {
            time = run.LastTime + TimeSpan.FromTicks(1);
        }

        run.LastTime = time;
        var replaced = 0;
        if (mappingUpdates?.Invoke() is { } replacement)
        {
            // Hot reload from this frame: notes of regions that changed stop now, the others play on.
            if (processor is not null)
            {
                replaced = Keep(processor.Replace(replacement, time));
                Send(_events.AsSpan(0, replaced), run);
            }

            mapping = replacement;
            ChangeClockTempo(replacement.Time);
        }

        if (processor is null || run.ProcessorWidth != frame.Width || run.ProcessorHeight != frame.Height)
        {
            processor = NewProcessor(mapping, frame.Width, frame.Height, run);
        }

        var count = Keep(processor.Process(new VideoFrame(frame.Luma, frame.Chroma, time, run.Frames)));
        Send(_events.AsSpan(0, count), run);
        var sent = Stopwatch.GetTimestamp();
        var latency = Stopwatch.GetElapsedTime(frame.CaptureTimestamp, sent);
        _everyFrame.Add(latency);
        if (count + replaced > 0)
        {
            // Capture to send counts only frames that handed messages over: the others sent nothing.
            _latency.Add(latency);
        }

        run.Frames++;
        run.LastCapture = frame.CaptureTimestamp;
        run.CountSecond(sent, count, _events);
        _observer?.OnFrame(frame.Luma, frame.Chroma, new LiveStatus(
            time,
            run.Frames,
            mailbox.Overwritten,
            _notes,
            run.NotesPerSecond,
            _sounding[0].Count,
            latency,
            run.FramesPerSecond,
            run.Losses));
        return processor;
    }

    private void OnCaptureEvent(CaptureEvent captureEvent, LiveRunState run, FrameProcessor? processor)
    {
        run.LastProblem = captureEvent.Reason;
        if (captureEvent.Kind == CaptureEventKind.Lost)
        {
            run.LostConnection = Math.Max(run.LostConnection, captureEvent.Connection);
        }

        if (captureEvent.Kind == CaptureEventKind.Lost && run.Playing)
        {
            Lose(run, processor, captureEvent.Reason, captureEvent.RetryIn, notify: true);
            return;
        }

        if (!run.OutageStarted)
        {
            // Waiting at the start, and the first attempt failed: the outage counts from the start.
            run.OutageStarted = true;
        }

        _observer?.OnNotice(new SourceNotice(SourceNoticeKind.RetryFailed, captureEvent.Reason, captureEvent.Attempt, captureEvent.RetryIn, Stopwatch.GetElapsedTime(run.WithoutSince), 0));
    }

    /// <summary>The source is gone: every note stops now, and the run waits for pictures.</summary>
    private void Lose(LiveRunState run, FrameProcessor? processor, string reason, TimeSpan retryIn, bool notify)
    {
        var at = Stopwatch.GetElapsedTime(run.Start);
        if (at <= run.LastTime)
        {
            at = run.LastTime + TimeSpan.FromTicks(1);
        }

        run.LastTime = at;
        var released = processor is null ? 0 : Keep(processor.ReleaseAll(at));
        SilenceAll(at, released, stopClock: false);
        run.Playing = false;
        run.OutageStarted = true;
        run.WithoutSince = Stopwatch.GetTimestamp();
        run.Losses++;
        run.LastProblem = reason;
        if (notify)
        {
            _observer?.OnNotice(new SourceNotice(SourceNoticeKind.Lost, reason, 0, retryIn, TimeSpan.Zero, released));
        }
    }

    private void Restore(LiveRunState run)
    {
        var without = Stopwatch.GetElapsedTime(run.WithoutSince);
        run.Playing = true;
        if (run.OutageStarted)
        {
            run.WithoutSource += without;
            run.Restorations++;
            _observer?.OnNotice(new SourceNotice(SourceNoticeKind.Restored, string.Empty, 0, TimeSpan.Zero, without, 0));
        }

        run.OutageStarted = false;
        run.LastProblem = null;
    }

    private TimeSpan NextWait(LiveRunState run)
    {
        var now = Stopwatch.GetTimestamp();
        long ticks;
        if (run.Playing && run.Frames > 0)
        {
            ticks = run.LastCapture + Ticks(_options.StallAfter) - now;
        }
        else if (!run.Playing && _options.GiveUpAfter is { } giveUp)
        {
            ticks = run.WithoutSince + Ticks(giveUp) - now;
        }
        else
        {
            ticks = long.MaxValue;
        }

        var milliseconds = ticks <= 0 ? 0 : Math.Min(MaxWaitMilliseconds, (ticks * 1000 / Stopwatch.Frequency) + 1);
        return TimeSpan.FromMilliseconds(milliseconds);
    }

    /// <summary>
    /// Hands messages to every output: due now, or, for a quantising mapping's events that fall
    /// after the frame, at their own time (run start plus their time; this thread waits for
    /// outputs that send at once, less than a frame).
    /// </summary>
    private void Send(ReadOnlySpan<NoteEvent> messages, LiveRunState run)
    {
        var start = 0;
        while (start < messages.Length)
        {
            var end = start + 1;
            while (end < messages.Length && messages[end].Time == messages[start].Time)
            {
                end++;
            }

            var due = run.Start + Ticks(messages[start].Time);
            var now = Stopwatch.GetTimestamp();
            for (var o = 0; o < _outputs.Length; o++)
            {
                var handAt = due - Ticks(_outputs[o].Lookahead);
                if (handAt > now && !_stopping.IsCancellationRequested)
                {
                    _waiter ??= PreciseWaiters.ForThisOs();
                    _waiter.WaitUntil(handAt, _stopping);
                }

                var at = Math.Max(due, Stopwatch.GetTimestamp());
                for (var i = start; i < end; i++)
                {
                    _outputs[o].Send(messages[i], at);
                    _sent[o]++;
                    _sounding[o].Sent(messages[i]);
                }
            }

            for (var i = start; i < end; i++)
            {
                _eventsSent++;
                if (messages[i].Kind == NoteEventKind.NoteOn)
                {
                    _notes++;
                }
            }

            start = end;
        }
    }

    /// <summary>Copies the processor's events into this player's buffer.</summary>
    private int Keep(ReadOnlySpan<NoteEvent> events)
    {
        events.CopyTo(Room(events.Length));
        return events.Length;
    }

    /// <summary>
    /// The engine's own note-offs (already in the event buffer), then, per output, a note-off for
    /// anything it still holds and All Notes Off and All Sound Off on every channel it carried.
    /// </summary>
    /// <remarks>Each output is silenced on its own, so one that fails is no excuse for a stuck note on another. At the end (<paramref name="stopClock"/>) the clock's Stop follows.</remarks>
    private void SilenceAll(TimeSpan at, int engineReleases, bool stopClock)
    {
        var now = Stopwatch.GetTimestamp();
        for (var o = 0; o < _outputs.Length; o++)
        {
            _silence.Clear();
            for (var i = 0; i < engineReleases; i++)
            {
                _silence.Add(_events[i]);
                _sounding[o].Sent(_events[i]);
            }

            _sounding[o].ReleaseAll(at, _silence);
            for (var channel = 0; channel < 16; channel++)
            {
                if (_sounding[o].UsedChannel(channel))
                {
                    _silence.AddRange(ShortMessage.ChannelReset(at, channel));
                }
            }

            try
            {
                foreach (var message in _silence)
                {
                    _outputs[o].Send(message, now);
                    _sent[o]++;
                }

                if (stopClock)
                {
                    StopClock(o, at, now);
                }

                _outputs[o].Drain(TimeSpan.FromSeconds(1));
            }
            catch (MidiOutputException)
            {
                // That port is gone; the others still get their note-offs.
            }

            if (o == 0)
            {
                _eventsSent += _silence.Count;
            }
        }
    }

    private Span<NoteEvent> Room(int capacity)
    {
        if (_events.Length < capacity)
        {
            _events = new NoteEvent[capacity];
        }

        return _events;
    }

    private static OutputReport Report(IMidiOutput output, long sent) => output is IDeliveryStatistics stats
        ? new OutputReport(output.Port.QualifiedName, sent, stats.Delivered, stats.Late, stats.MaxLateness)
        : new OutputReport(output.Port.QualifiedName, sent, null, null, null);

    private static long Ticks(TimeSpan time) => (long)(time.TotalSeconds * Stopwatch.Frequency);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
