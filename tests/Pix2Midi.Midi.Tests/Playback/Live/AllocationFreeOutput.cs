using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Playback.Live;

/// <summary>An output that only counts, so allocation tests see the player's own allocations.</summary>
public sealed class AllocationFreeOutput : IMidiOutput
{
    public MidiPortInfo Port { get; } = new("test", "counter", "counter");

    public TimeSpan Lookahead => TimeSpan.Zero;

    public long Count { get; private set; }

    public void Send(NoteEvent message, long dueTimestamp) => Count++;

    public bool Drain(TimeSpan timeout) => true;

    public void Dispose()
    {
    }
}
