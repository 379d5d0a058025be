using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Tests.Playback;

/// <summary>An output that remembers what it was sent, when (on the Stopwatch, or on <paramref name="clock"/> when given), and for when.</summary>
public sealed class FakeOutput(string name = "fake", TimeSpan? lookahead = null, int failAfter = -1, bool receivesClock = false, VirtualWaiter? clock = null) : IMidiOutput
{
    private readonly Lock _lock = new();

    public List<(NoteEvent Message, long Due, long SentAt)> Sent { get; } = [];

    public MidiPortInfo Port { get; } = new("test", name, name);

    public TimeSpan Lookahead { get; } = lookahead ?? TimeSpan.Zero;

    /// <summary>Whether it stands for a MIDI port, which carries the clock.</summary>
    public bool ReceivesClock { get; } = receivesClock;

    public bool Disposed { get; private set; }

    public IReadOnlyList<NoteEvent> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. Sent.Select(s => s.Message)];
            }
        }
    }

    public void Send(NoteEvent message, long dueTimestamp)
    {
        lock (_lock)
        {
            if (failAfter >= 0 && Sent.Count >= failAfter)
            {
                throw new MidiOutputException($"{name}: the port went away");
            }

            Sent.Add((message, dueTimestamp, clock?.Now ?? Stopwatch.GetTimestamp()));
        }
    }

    public bool Drain(TimeSpan timeout) => true;

    public void Dispose() => Disposed = true;
}
