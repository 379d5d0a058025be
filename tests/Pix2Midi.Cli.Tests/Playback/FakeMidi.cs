using System.Diagnostics;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Cli.Tests.Playback;

/// <summary>A port that records what it receives and when it was due.</summary>
public sealed class FakePort(MidiPortInfo port) : IMidiOutput
{
    private readonly Lock _lock = new();
    private readonly List<(NoteEvent Message, long Due)> _received = [];

    public MidiPortInfo Port => port;

    public TimeSpan Lookahead => TimeSpan.Zero;

    public IReadOnlyList<(NoteEvent Message, long Due)> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public bool Closed { get; private set; }

    public void Send(NoteEvent message, long dueTimestamp)
    {
        lock (_lock)
        {
            _received.Add((message, dueTimestamp));
        }
    }

    public bool Drain(TimeSpan timeout) => true;

    public void Dispose() => Closed = true;
}

/// <summary>A backend with fixed ports whose opened outputs can be inspected.</summary>
public sealed class FakeMidiBackend(string name, bool available, params string[] ports) : IMidiBackend
{
    public List<FakePort> Opened { get; } = [];

    public string Name => name;

    public bool CanCreateVirtual => false;

    public BackendStatus Probe() => available ? BackendStatus.Ready : BackendStatus.Unavailable($"no {name} server is running");

    public IReadOnlyList<MidiPortInfo> ListOutputs() =>
        available ? [.. ports.Select(p => new MidiPortInfo(name, p, p))] : throw new MidiOutputException($"no {name} server is running");

    public IMidiOutput Open(MidiPortInfo port, string clientName)
    {
        var opened = new FakePort(port);
        Opened.Add(opened);
        return opened;
    }

    public IMidiOutput CreateVirtual(string portName) => throw new MidiOutputException("no virtual ports here");

    public static long Now => Stopwatch.GetTimestamp();
}
