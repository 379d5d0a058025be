using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>An output that remembers each message with its due time and the <see cref="VirtualWaiter"/>'s time it was handed at.</summary>
public sealed class VirtualTimeOutput(VirtualWaiter clock, string name, TimeSpan lookahead, bool receivesClock = false) : IMidiOutput
{
    private readonly Lock _lock = new();
    private readonly List<(NoteEvent Message, long Due, long HandedAt)> _sent = [];

    /// <summary>What it was handed, with when for and when: a copy.</summary>
    public List<(NoteEvent Message, long Due, long HandedAt)> Sent
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    public MidiPortInfo Port { get; } = new("test", name, name);

    public TimeSpan Lookahead { get; } = lookahead;

    public bool ReceivesClock { get; } = receivesClock;

    public void Send(NoteEvent message, long dueTimestamp)
    {
        lock (_lock)
        {
            _sent.Add((message, dueTimestamp, clock.Now));
        }
    }

    public bool Drain(TimeSpan timeout) => true;

    public void Dispose()
    {
    }
}
