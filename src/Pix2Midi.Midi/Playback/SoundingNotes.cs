using Pix2Midi.Core.Events;

namespace Pix2Midi.Midi.Playback;

/// <summary>
/// Which notes have been sent to the outputs and not yet stopped, and which channels were used:
/// what must be silenced when playback stops for any reason.
/// </summary>
/// <remarks>Counts per key, so a key sent twice needs two note-offs. Allocates nothing.</remarks>
public sealed class SoundingNotes
{
    private readonly int[] _counts = new int[16 * 128];
    private readonly byte[] _velocities = new byte[16 * 128];
    private int _usedChannels;

    /// <summary>Keys sounding now.</summary>
    public int Count { get; private set; }

    /// <summary>Notes a message that was sent.</summary>
    public void Sent(NoteEvent message)
    {
        _usedChannels |= 1 << (message.Channel & 15);
        var key = ((message.Channel & 15) * 128) + (message.Data1 & 127);
        switch (message.Kind)
        {
            case NoteEventKind.NoteOn:
                _velocities[key] = message.Data2;
                if (_counts[key]++ == 0)
                {
                    Count++;
                }

                break;
            case NoteEventKind.NoteOff when _counts[key] > 0:
                if (--_counts[key] == 0)
                {
                    Count--;
                }

                break;
        }
    }

    /// <summary>Whether <paramref name="channel"/> (0–15) has carried any message.</summary>
    public bool UsedChannel(int channel) => (_usedChannels & (1 << channel)) != 0;

    /// <summary>
    /// Writes a note-off for every sounding key (one per note-on still open), then forgets them.
    /// </summary>
    /// <returns>How many were written; <paramref name="output"/> needs room for every open note-on.</returns>
    public int ReleaseAll(TimeSpan time, List<NoteEvent> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var written = 0;
        for (var key = 0; key < _counts.Length; key++)
        {
            for (; _counts[key] > 0; _counts[key]--)
            {
                output.Add(NoteEvent.NoteOff(time, key / 128, key % 128));
                written++;
            }
        }

        Count = 0;
        return written;
    }

    /// <summary>
    /// Like <see cref="ReleaseAll(TimeSpan, List{NoteEvent})"/>, and also writes to
    /// <paramref name="again"/> a note-on at <paramref name="time"/> for every note-off written, at
    /// the velocity its key was last sent with: what sounds the same notes again (a paused run
    /// going on).
    /// </summary>
    /// <returns>How many note-offs were written.</returns>
    public int ReleaseAll(TimeSpan time, List<NoteEvent> output, List<NoteEvent> again)
    {
        ArgumentNullException.ThrowIfNull(again);
        var first = output?.Count ?? throw new ArgumentNullException(nameof(output));
        var written = ReleaseAll(time, output);
        for (var i = first; i < first + written; i++)
        {
            var off = output[i];
            again.Add(NoteEvent.NoteOn(time, off.Channel, off.Data1, Math.Max((byte)1, _velocities[(off.Channel * 128) + off.Data1])));
        }

        return written;
    }
}
