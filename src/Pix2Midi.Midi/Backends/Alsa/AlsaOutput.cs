using System.Runtime.Versioning;
using Pix2Midi.Core.Events;
using Pix2Midi.Midi.Outputs;

namespace Pix2Midi.Midi.Backends.Alsa;

/// <summary>
/// An ALSA sequencer port of Pix2Midi's own: subscribed to another client's port
/// (<see cref="AlsaBackend.Open"/>) or waiting for others to subscribe (<see cref="AlsaBackend.CreateVirtual"/>).
/// </summary>
/// <remarks>
/// Sends each message the moment <see cref="Send"/> is called, straight to the kernel
/// (<c>snd_seq_event_output_direct</c>, no queue): the player calls it at the due time, so
/// <see cref="Lookahead"/> is zero. The event is packed on the stack: nothing is allocated.
/// </remarks>
[SupportedOSPlatform("linux")]
public sealed unsafe class AlsaOutput : IMidiOutput
{
    private readonly AlsaSequencerHandle _sequencer;
    private readonly byte _client;
    private readonly byte _port;

    internal AlsaOutput(AlsaSequencerHandle sequencer, int client, int port, MidiPortInfo info)
    {
        _sequencer = sequencer;
        _client = (byte)client;
        _port = (byte)port;
        Port = info;
    }

    /// <inheritdoc />
    public MidiPortInfo Port { get; }

    /// <inheritdoc />
    public TimeSpan Lookahead => TimeSpan.Zero;

    /// <inheritdoc />
    public void Send(NoteEvent message, long dueTimestamp)
    {
        Span<byte> ev = stackalloc byte[AlsaSequencerEvent.Size];
        AlsaSequencerEvent.Write(message, _client, _port, ev);
        int result;
        fixed (byte* pointer = ev)
        {
            result = Interop.Alsa.SeqEventOutputDirect(_sequencer, pointer);
        }

        if (result < 0)
        {
            throw new MidiOutputException($"the ALSA port \"{Port.Name}\" refused a message ({AlsaLibrary.Text(result)}): is its program still running?") { NativeCode = result };
        }
    }

    /// <inheritdoc />
    public bool Drain(TimeSpan timeout) => true;

    /// <summary>Closes the sequencer client; its port and subscription go with it.</summary>
    public void Dispose() => _sequencer.Dispose();
}
