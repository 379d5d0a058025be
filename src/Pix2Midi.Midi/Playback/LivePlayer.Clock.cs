using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Core.Music;
using Pix2Midi.Midi.Playback.Live;

namespace Pix2Midi.Midi.Playback;

/// <summary>
/// The MIDI clock live (<see cref="LiveOptions.Clock"/>): pulses go out between pictures, from this
/// thread, whatever the camera does.
/// </summary>
/// <remarks>
/// <para>
/// Each output that carries the clock has its own <see cref="MidiClock"/>: an output that
/// schedules (JACK) is handed each pulse its lookahead early with its due time, so it places it on
/// its exact frame; one that sends at once gets it at its time (the wait for a picture wakes for
/// it: within a millisecond). Start is on the first beat of the run's grid (run time, as quantised
/// notes) at least the longest lookahead away, so the DAW's beats are the grid's. A source lost
/// does not stop the clock; the end of the run does (Stop after the last note-offs).
/// </para>
/// <para>
/// With JACK, a picture's notes handed over right after a pulse that was handed early wait for that
/// pulse's frame (JACK takes a port's messages in order): at most the output's lookahead.
/// </para>
/// </remarks>
public sealed partial class LivePlayer
{
    private MidiClock?[]? _clocks;

    /// <summary>Whether this run sends the MIDI clock: asked for, and at least one output carries it.</summary>
    public bool SendsClock => _options.Clock && _outputs.Any(o => o.ReceivesClock);

    private void StartClock(MusicalTime tempo, LiveRunState run)
    {
        if (!SendsClock)
        {
            return;
        }

        var lead = _outputs.Where(o => o.ReceivesClock).Max(o => o.Lookahead);
        var first = MidiClock.FirstBeatPulseAtOrAfter(tempo, Stopwatch.GetElapsedTime(run.Start) + lead);
        _clocks = [.. _outputs.Select(o => o.ReceivesClock ? new MidiClock(tempo, first) : null)];
    }

    /// <summary>Hands each output that carries the clock the messages due up to now plus its lookahead.</summary>
    private void SendClock(LiveRunState run)
    {
        if (_clocks is null)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        for (var o = 0; o < _outputs.Length; o++)
        {
            if (_clocks[o] is not { } clock)
            {
                continue;
            }

            var due = clock.Due(Stopwatch.GetElapsedTime(run.Start, now + Ticks(_outputs[o].Lookahead)));
            for (var i = 0; i < due.Length; i++)
            {
                _outputs[o].Send(due[i], run.Start + Ticks(due[i].Time));
                _sent[o]++;
            }
        }
    }

    /// <summary><paramref name="wait"/>, or less: until the next pulse must be handed over.</summary>
    private TimeSpan ClockWait(TimeSpan wait, LiveRunState run)
    {
        if (_clocks is null)
        {
            return wait;
        }

        var now = Stopwatch.GetTimestamp();
        for (var o = 0; o < _outputs.Length; o++)
        {
            if (_clocks[o] is not { } clock)
            {
                continue;
            }

            var lookahead = _outputs[o].Lookahead;
            var handAt = run.Start + Ticks(clock.NextTime) - Ticks(lookahead);
            // An output that schedules may be handed a pulse a little late (it places it itself);
            // one that sends at once is woken in time, and the last part of a millisecond is spun.
            var until = TimeSpan.FromSeconds((handAt - now) / (double)Stopwatch.Frequency) + (lookahead > TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : TimeSpan.Zero);
            if (until < wait)
            {
                wait = until < TimeSpan.Zero ? TimeSpan.Zero : until;
            }
        }

        return wait;
    }

    private void ChangeClockTempo(MusicalTime tempo)
    {
        if (_clocks is null)
        {
            return;
        }

        foreach (var clock in _clocks)
        {
            clock?.ChangeTempo(tempo);
        }
    }

    /// <summary>Stop, to each output that had Start, due now.</summary>
    private void StopClock(int o, TimeSpan at, long now)
    {
        if (_clocks?[o] is { IsStarted: true })
        {
            _outputs[o].Send(NoteEvent.Clock(at, NoteEventKind.Stop), now);
            _sent[o]++;
        }
    }
}
