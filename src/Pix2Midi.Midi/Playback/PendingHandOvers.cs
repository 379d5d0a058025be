using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Playback;

/// <summary>
/// Events already handed to the outputs with the longest lookahead and still to go to the others,
/// per output in time order, so that the player can hand every (run, output) pair at its own
/// moment, in the order of those moments.
/// </summary>
/// <remarks>
/// An output that schedules (JACK) is handed a run its lookahead before the run is due; one that
/// sends at once (the recording, the console, the synth, ALSA) when it is due. Handing each run to
/// all of them before going on to the next would make the next run wait for the last output's
/// moment, eating the lookahead of the first: a Timing Clock 4 ms after a note-off then reached
/// JACK 4 ms ahead instead of 20, and landed a period late. Copies of the events wait here instead.
/// Allocates nothing once each output's buffer has grown to the most it held.
/// </remarks>
internal sealed class PendingHandOvers
{
    private readonly NoteEvent[][] _events;
    private readonly int[] _head;
    private readonly int[] _count;

    /// <summary>Room for <paramref name="outputs"/> outputs, <paramref name="capacity"/> events each to start with.</summary>
    public PendingHandOvers(int outputs, int capacity = 64)
    {
        _events = new NoteEvent[outputs][];
        for (var o = 0; o < outputs; o++)
        {
            _events[o] = new NoteEvent[capacity];
        }

        _head = new int[outputs];
        _count = new int[outputs];
    }

    /// <summary>Whether nothing waits for any output.</summary>
    public bool IsEmpty
    {
        get
        {
            for (var o = 0; o < _count.Length; o++)
            {
                if (_count[o] != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Queues <paramref name="message"/> for output <paramref name="output"/>, after everything queued for it before.</summary>
    public void Add(int output, NoteEvent message)
    {
        var buffer = _events[output];
        var end = _head[output] + _count[output];
        if (end == buffer.Length)
        {
            if (_head[output] > 0)
            {
                Array.Copy(buffer, _head[output], buffer, 0, _count[output]);
                _head[output] = 0;
            }
            else
            {
                Array.Resize(ref _events[output], buffer.Length * 2);
            }

            buffer = _events[output];
            end = _head[output] + _count[output];
        }

        buffer[end] = message;
        _count[output]++;
    }

    /// <summary>
    /// The output whose first waiting run is handed first: the earliest of its time less that
    /// output's lookahead (<paramref name="lookaheads"/>). Ties go to the output listed first.
    /// </summary>
    /// <returns>False when nothing waits.</returns>
    public bool TryPeekFirst(ReadOnlySpan<TimeSpan> lookaheads, out int output, out TimeSpan time)
    {
        output = -1;
        time = TimeSpan.Zero;
        var best = TimeSpan.MaxValue;
        for (var o = 0; o < _count.Length; o++)
        {
            if (_count[o] == 0)
            {
                continue;
            }

            var at = _events[o][_head[o]].Time;
            var target = at - lookaheads[o];
            if (target < best)
            {
                best = target;
                output = o;
                time = at;
            }
        }

        return output >= 0;
    }

    /// <summary>The events waiting first for <paramref name="output"/> that share the first one's time; good until the next change.</summary>
    public ReadOnlySpan<NoteEvent> FirstRun(int output)
    {
        return RealtimePlayer.Run(_events[output].AsSpan(_head[output], _count[output]), 0);
    }

    /// <summary>Forgets the first <paramref name="count"/> events waiting for <paramref name="output"/> (they were handed over).</summary>
    public void Remove(int output, int count)
    {
        _head[output] += count;
        _count[output] -= count;
        if (_count[output] == 0)
        {
            _head[output] = 0;
        }
    }
}
